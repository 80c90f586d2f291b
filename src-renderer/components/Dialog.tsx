import { useEffect, useRef, type ReactNode } from 'react';
import { useDialogBarrier } from '../app/screen-commands';

interface DialogProps {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  /** 'alertdialog' for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it
 * inert and turns Escape into a cancel, which we route to onClose.
 */
export function Dialog({ labelledBy, onClose, children, role = 'dialog', className = '' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useDialogBarrier();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
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
