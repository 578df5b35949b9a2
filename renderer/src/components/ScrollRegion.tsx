import type { ReactNode } from 'react';

/**
 * A table too wide for a narrow window scrolls sideways inside its panel
 * instead of widening the page; it can be reached and scrolled from the
 * keyboard (focusable, with a name), as WCAG asks of a scrolling region.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
