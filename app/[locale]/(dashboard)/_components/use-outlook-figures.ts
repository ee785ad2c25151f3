"use client";

import { useCallback, useEffect, useRef } from "react";
import type { OutlookBasis } from "@/lib/dashboard/outlook/country-outlook";
import type { OutlookBases, PackedBasis } from "@/lib/dashboard/view/outlook-inputs";
import { preloadDrawings } from "./drawings";
import { loadEditionFigures } from "./edition-figures-loader";
import { onIdleAfterLoad } from "./on-idle";

/** Each outlook basis's edition, packed as the server sent it: what the browser draws the outlook from. */
export interface OutlookFigures {
  core: PackedBasis | null;
  other: PackedBasis | null;
}

async function loadBasis(basis: OutlookBasis | null): Promise<PackedBasis | null> {
  if (!basis) return null;
  const { figures } = await loadEditionFigures(basis.dataset, basis.edition.id);
  return { basis, figures };
}

/**
 * The outlook's figures (NATO's core-defence edition and the other basis's, often the edition already on the page:
 * one request each per page, shared with the path view's), requested once the page has loaded and the browser is
 * idle, and held outside React's state, as useEditionFigures holds the edition's. `onHeld` is called once they and
 * the drawings' code are here. `fetchOutlook` gets them at once when the reader opens the outlook first.
 */
export function useOutlookFigures(
  bases: OutlookBases | null,
  wanted: boolean,
  onHeld: (figures: OutlookFigures) => void,
) {
  const held = useRef<OutlookFigures | null>(null);
  const fetchOutlook = useCallback(
    () =>
      Promise.all([loadBasis(bases?.core ?? null), loadBasis(bases?.other ?? null)]).then(
        ([core, other]) => (held.current = { core, other }),
      ),
    [bases],
  );
  useEffect(() => {
    if (!wanted || !bases) return;
    return onIdleAfterLoad(
      () =>
        void Promise.all([fetchOutlook(), preloadDrawings()])
          .then(([figures]) => onHeld(figures))
          .catch(() => null),
      3000,
    );
  }, [wanted, bases, fetchOutlook, onHeld]);
  return { held, fetchOutlook };
}
