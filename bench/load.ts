// A load generator in its own process (as wrk or a separate machine would be), so the benchmark's own heap and work
// do not slow it down: `node --import tsx bench/load.ts '<autocannon options as JSON>'` prints autocannon's result.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2] ?? "{}") as autocannon.Options;
autocannon(options, (error: Error | null, result: autocannon.Result) => {
  if (error) throw error;
  process.stdout.write(JSON.stringify(result));
});
