// `npm run hash-password -- <password>` (or the password on standard input): prints the hash for EDITORS.
import { hashPassword } from "../lib/auth/password";

let password = process.argv[2];
if (!password) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  password = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}
if (!password || password.length < 8) {
  console.error("Give a password of at least 8 characters: npm run hash-password -- 'a long passphrase'");
  process.exit(2);
}
console.log(await hashPassword(password));
