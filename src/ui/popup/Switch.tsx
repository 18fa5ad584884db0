import type { ComponentChildren } from 'preact';

interface SwitchProps {
  id: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  describedBy?: string;
}

/**
 * A native checkbox announced as a switch: Space toggles it, the label is its name, and its
 * state is read as "on"/"off" without any colour having to carry it.
 */
export function Switch({ id, checked, disabled = false, onChange, children, describedBy }: SwitchProps) {
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{children}</label>
    </div>
  );
}
