"use client";

import { type ReactNode, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";

interface Props {
  /** the button that opens it */
  label: string;
  /** the dialog's heading (its accessible name) */
  title: string;
  closeLabel: string;
  /** called each time it opens (e.g. to take the day of access) */
  onOpen?: () => void;
  /**
   * the dialog's content, rendered from its first opening on: none of its words or numbers are written while the
   * page hydrates (a message with values or a number builds the browser's locale data, which hydration leaves alone)
   */
  children: () => ReactNode;
}

/** A button and the modal <dialog> it opens: focus moves in, Escape and the close button end it. */
export function Modal({ label, title, closeLabel, onOpen, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          // the content is in the dialog before it shows, so focus lands in it
          flushSync(() => {
            onOpen?.();
            setOpened(true);
          });
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} className="modal" aria-labelledby={`${id}-title`}>
        <div className="modal-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {closeLabel}
          </button>
        </div>
        {opened && children()}
      </dialog>
    </>
  );
}
