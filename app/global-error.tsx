"use client";

// Last resort when even the layout fails: a plain message, never a stack trace.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>The data is unavailable right now</h1>
        <p>The dashboard could not read its database. Nothing is lost; try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
