import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useDialogBarrier } from '../app/screen-commands';
import { focusedElement, focusIfLost } from '../app/focus';

interface DialogProps {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** Where the focus goes on closing when not back to the opener (say, the neighbour of a removed row); null for the opener. */
  focusAfterClose?: () => HTMLElement | null;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it
 * inert and turns Escape into a cancel, which we route to onClose.
 *
 * Closing gives the focus back to what opened the dialog, explicitly: left to the browser, the
 * focus fell to <body> when React took the dialog out of the page, and a keyboard user had to
 * Tab 15 times back to the row they were on (tests/e2e/focus-paths.spec.ts).
 */
export function Dialog({ labelledBy, onClose, children, role = 'dialog', className = '', focusAfterClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Read during the first render, before anything in the dialog can take the focus.
  const [opener] = useState(focusedElement);
  const focusTarget = useRef(focusAfterClose);
  useEffect(() => {
    focusTarget.current = focusAfterClose;
  });
  useDialogBarrier();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // Whoever closed the dialog may have sent the focus somewhere on purpose (a new screen's
      // heading); only a focus left on <body>, or put back on the opener by the browser, is moved.
      const target = focusTarget.current?.() ?? null;
      focusIfLost(target ?? opener, dialog, target === null ? null : opener);
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      className={`dialog ${className}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
