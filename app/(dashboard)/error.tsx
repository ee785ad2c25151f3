"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="error-box" role="alert">
      <h1>The data is unavailable right now</h1>
      <p>The dashboard could not read its database. Nothing is lost; try again in a moment.</p>
      <button type="button" className="button" onClick={reset}>Try again</button>
    </div>
  );
}
