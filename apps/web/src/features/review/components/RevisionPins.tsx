import type { ReactNode } from 'react';
import { useTranslation } from '../../../shared/i18n/react';
import { pinKey, samePin, type PinTarget } from '../pins';

/** Where remarks attach in a revision: how many are open per place, and the reviewer's composer. */
export interface RevisionPins {
  /** Reviewers pin remarks: goals, indicators and target values become buttons. */
  canRemark: boolean;
  composing: PinTarget | null;
  onCompose: (target: PinTarget, label: string) => void;
  /** Open remarks at a place. */
  count(pin: PinTarget): number;
  /** The remark form when it is open at this place. */
  composerAt(pin: PinTarget): ReactNode;
}

export function revisionPins(props: {
  openRemarks: ReadonlyMap<string, number>;
  canRemark: boolean;
  composing: PinTarget | null;
  onCompose: (target: PinTarget, label: string) => void;
  composer: ReactNode;
}): RevisionPins {
  return {
    canRemark: props.canRemark,
    composing: props.composing,
    onCompose: props.onCompose,
    count: (pin) => props.openRemarks.get(pinKey(pin)) ?? 0,
    composerAt: (pin) => (samePin(props.composing, pin) ? props.composer : null),
  };
}

/** A link to the remarks list when the place has open remarks. */
export function RemarkMarker({ pins, pin }: { pins: RevisionPins; pin: PinTarget }) {
  const { t } = useTranslation();
  const count = pins.count(pin);
  return count > 0 ? (
    <a href="#remarks" className="remark-marker">
      {t('review.remarks.marker', { count })}
    </a>
  ) : null;
}

interface RemarkButtonProps {
  pins: RevisionPins;
  pin: PinTarget;
  /** The button's text ("Remark on goal"). */
  text: string;
  /** What it remarks on; with the text, the button's accessible name. */
  what: string;
  /** The remark form's label. */
  formLabel: string;
}

/** "Remark on goal/indicator" for reviewers; its accessible name says which one. */
export function RemarkButton({ pins, pin, text, what, formLabel }: RemarkButtonProps) {
  return pins.canRemark ? (
    <button
      type="button"
      className="link-button"
      aria-expanded={samePin(pins.composing, pin)}
      aria-label={`${text}: ${what}`}
      onClick={() => pins.onCompose(pin, formLabel)}
    >
      {text}
    </button>
  ) : null;
}
