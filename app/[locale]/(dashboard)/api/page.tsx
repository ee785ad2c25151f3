import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { siteOrigin } from "@/lib/api/site-origin";
import { apiExamples, type ExampleId } from "@/lib/public-api/examples";
import { ZObservationsQuery } from "@/lib/public-api/params";
import { PROBLEMS, type ProblemCode } from "@/lib/public-api/problem";
import { OBSERVATION_COLUMNS } from "@/lib/public-api/schemas";

// The guide to the public API, with examples for this site's own origin (read from the request, so dynamic).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "apiDocs" }))("metaTitle") };
}

const ENDPOINTS = [
  ["datasets", "/api/v1/datasets"],
  ["dataset", "/api/v1/datasets/{slug}"],
  ["observations", "/api/v1/datasets/{slug}/observations"],
  ["citation", "/api/v1/datasets/{slug}/citation"],
  ["openapi", "/api/v1/openapi.json"],
  ["feed", "/feed.xml"],
  ["datasetFeed", "/feed/{slug}.xml"],
] as const;
const EXAMPLES: ExampleId[] = ["curl", "curl-csv", "python-csv", "pandas", "r"];

export default async function ApiPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, requestHeaders] = await Promise.all([getTranslations("apiDocs"), headers()]);
  const origin = siteOrigin(requestHeaders, "http://localhost:3000");
  const examples = apiExamples(origin);
  // technical tokens stay left to right inside Arabic sentences
  const rich = (key: string) => t.rich(key, { code: (chunks) => <code dir="ltr">{chunks}</code> });
  return (
    <div className="api-docs">
      <h1>{t("title")}</h1>
      <p className="lede">{rich("lede")}</p>
      <p>
        <a href="/api/v1/openapi.json">{t("openapi")}</a>
      </p>
      <h2>{t("endpointsHeading")}</h2>
      <dl className="api-list">
        {ENDPOINTS.map(([key, path]) => (
          <div key={key}>
            <dt>
              <code dir="ltr">GET {path}</code>
            </dt>
            <dd>{t(`endpoints.${key}`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("paramsHeading")}</h2>
      <dl className="api-list">
        {Object.keys(ZObservationsQuery.shape).map((name) => (
          <div key={name}>
            <dt>
              <code dir="ltr">{name}</code>
            </dt>
            <dd>{rich(`params.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <p dir="ltr">
        <code>{OBSERVATION_COLUMNS.join(",")}</code>
      </p>
      <p>{t("valuesNote")}</p>
      <h2>{t("cachingHeading")}</h2>
      <p>{rich("caching")}</p>
      <h2>{t("corsHeading")}</h2>
      <p>{rich("cors")}</p>
      <h2>{t("errorsHeading")}</h2>
      <p>{rich("errors")}</p>
      <dl className="api-list">
        {(Object.keys(PROBLEMS) as ProblemCode[]).map((code) => (
          <div key={code} id={`problem-${code.replace(/_/g, "-")}`}>
            <dt>
              <code dir="ltr">{`${origin}/api#problem-${code.replace(/_/g, "-")}`}</code>
            </dt>
            <dd>{rich(`problems.${code}`)}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("examplesHeading")}</h2>
      {EXAMPLES.map((id) => (
        <figure key={id}>
          <figcaption>{t(`examples.${id}`)}</figcaption>
          <pre dir="ltr">
            <code data-example={id}>{examples[id]}</code>
          </pre>
        </figure>
      ))}
      <h2>{t("feedsHeading")}</h2>
      <p>{rich("feeds")}</p>
      <p dir="ltr">
        <a href="/feed.xml" type="application/atom+xml">
          <code>{`${origin}/feed.xml`}</code>
        </a>
      </p>
      <h2>{t("citeHeading")}</h2>
      <p>{rich("cite")}</p>
    </div>
  );
}
