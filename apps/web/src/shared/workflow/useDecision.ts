import { useState } from 'react';
import { useToast } from '../ui/Toast';

/**
 * The state of a review decision (return for revision, approve) confirmed in a dialog: which dialog
 * is open, the return comment (required), and the server's refusal, shown in the dialog that stays open.
 * A decision that went through is acknowledged: `done` says what happened (announced and shown), and
 * focus moves to `focusId` — the page's status heading — once the page has reloaded.
 */
export function useDecision(
  onDecided: () => Promise<unknown> | void,
  acknowledge?: { done(decision: 'return' | 'approve'): string; focusId: string },
) {
  const toast = useToast();
  const [dialog, setDialog] = useState<'return' | 'approve' | null>(null);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    setDialog(null);
    setError(null);
    setCommentMissing(false);
  };
  const decide = async (action: () => Promise<unknown>) => {
    setError(null);
    const decided = dialog;
    try {
      await action();
      close();
      setComment('');
      await onDecided();
      if (acknowledge && decided) {
        toast.announce(acknowledge.done(decided));
        requestAnimationFrame(() => document.getElementById(acknowledge.focusId)?.focus());
      }
    } catch (e) {
      setError(e);
    }
  };
  return {
    dialog,
    open: setDialog,
    close,
    error,
    decide,
    /** Confirms a return: an empty comment is refused in the field, otherwise `send` gets it trimmed. */
    confirmReturn(send: (comment: string) => Promise<unknown>) {
      if (!comment.trim()) {
        setCommentMissing(true);
        return;
      }
      void decide(() => send(comment.trim()));
    },
    /** CommentField's value, missing flag and change handler. */
    commentProps: {
      value: comment,
      missing: commentMissing,
      onChange(value: string) {
        setComment(value);
        if (value.trim()) setCommentMissing(false);
      },
    },
  };
}
