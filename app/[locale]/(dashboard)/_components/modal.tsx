"use client";

import { type ReactNode, useId, useRef } from "react";

interface Props {
  /** the button that opens it */
  label: string;
  /** the dialog's heading (its accessible name) */
  title: string;
  closeLabel: string;
  /** called each time it opens (e.g. to take the day of access) */
  onOpen?: () => void;
  children: ReactNode;
}

/** A button and the modal <dialog> it opens: focus moves in, Escape and the close button end it. */
export function Modal({ label, title, closeLabel, onOpen, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          onOpen?.();
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
        {children}
      </dialog>
    </>
  );
}
