import { hashPassword } from "../../lib/auth/password";

/**
 * An EDITORS entry for the browser tests' servers, hashed at the cost older hashes used (N=2^14), which still verify:
 * each sign-in then costs a tenth of a second, not two, on this machine. The production cost (N=2^17) is what
 * tests/unit/auth.test.ts hashes and checks; the servers verify either with the same code.
 */
export const editorEntry = async (user: string, password: string) =>
  `${user}:${await hashPassword(password, { N: 2 ** 14, r: 8, p: 1 })}`;
