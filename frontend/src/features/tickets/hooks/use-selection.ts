import { useCallback, useState } from 'react';

/** The queue rows ticked for a bulk change, and the keyboard cursor among them. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [cursor, setCursor] = useState(0);
  const reset = useCallback(() => {
    setSelected(new Set());
    setCursor(0);
  }, []);
  return {
    selected,
    cursor,
    setCursor,
    reset,
    /** After a bulk change: the tickets it left unchanged stay ticked. */
    keep: (ids: number[]) => setSelected(new Set(ids)),
    toggle: (id: number) =>
      setSelected((before) => {
        const next = new Set(before);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    toggleAll: (ids: number[]) =>
      setSelected((before) => (ids.every((id) => before.has(id)) ? new Set() : new Set(ids))),
  };
}
