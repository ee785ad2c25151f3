import { feedRoute } from "@/lib/public-api/feed-route";

export const dynamic = "force-dynamic";

/** Atom feed of every dataset's new editions and rollbacks, each with its release note. */
export const GET = feedRoute(() => Promise.resolve(undefined));
export const HEAD = GET;
