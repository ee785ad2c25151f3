import packageJson from "@/package.json" with { type: "json" };
import { healthReport } from "@/lib/db/health-report";

export const dynamic = "force-dynamic";

/**
 * For load balancers and monitoring: 200 when this server can serve (its database answers and its pool has a
 * connection to give), else 503.
 */
export async function GET() {
  const report = await healthReport(packageJson.version);
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
