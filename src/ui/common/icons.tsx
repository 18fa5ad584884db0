import type { ComponentChildren } from 'preact';
import type { Stance } from './types.ts';

/** Decorative icons: every one sits next to a word, so all are hidden from assistive technology. */
function Icon({ children, name }: { children: ComponentChildren; name: string }) {
  return (
    <svg
      class={`mg-icon mg-icon--${name}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

/** Plus and minus differ in shape, so stance never depends on the blue/orange pair alone. */
export function StanceIcon({ stance }: { stance: Stance }) {
  return (
    <Icon name={stance}>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5 8h6" />
      {stance === 'supports' && <path d="M8 5v6" />}
    </Icon>
  );
}

export function ContestedIcon() {
  return (
    <Icon name="contested">
      <path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" />
    </Icon>
  );
}

export function HedgedIcon() {
  return (
    <Icon name="hedged">
      <path d="M1.5 8c1.5-2.5 3-2.5 4.5 0s3 2.5 4.5 0 3-2.5 4.5 0" />
    </Icon>
  );
}

export function DeniesIcon() {
  return (
    <Icon name="denies">
      <circle cx="8" cy="8" r="6.5" />
      <path d="M3.5 12.5l9-9" />
    </Icon>
  );
}

export function CloseIcon() {
  return (
    <Icon name="close">
      <path d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  );
}

export function PinIcon() {
  return (
    <Icon name="pin">
      <path d="M6 2.5h4M7 2.5v4L4.5 9h7L9 6.5v-4M8 9v4.5" />
    </Icon>
  );
}

/** Points right when collapsed; CSS turns it down when the disclosure is expanded. */
export function ChevronIcon() {
  return (
    <Icon name="chevron">
      <path d="M6 3.5L10.5 8 6 12.5" />
    </Icon>
  );
}
