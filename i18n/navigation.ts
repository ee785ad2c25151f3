import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link, redirect and router: every internal link keeps the reader's language. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
