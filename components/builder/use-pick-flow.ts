"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { PartFix } from "@/lib/compat/types";
import { CATEGORY_PHRASES } from "@/lib/parts/category-phrases";
import type { Category } from "@/lib/parts/categories";
import type { EditorAction, EditorItem, EditorState } from "./draft-state";
import { SLOTS } from "./slots";

export interface Picking {
  category: Category;
  filters?: Record<string, string>;
  replacing?: EditorItem;
}

type FocusTarget = { key: string; category: Category; replaced: boolean };

/** Where focus goes after a part is chosen: a multi-part slot's new line (its quantity), else the next empty slot. */
export function focusAfterPick(items: readonly EditorItem[], target: FocusTarget): string {
  const slot = SLOTS.find((s) => s.category === target.category);
  if (target.replaced) return `row-${target.key}`;
  if (slot?.multiple) return `item-${target.key}-qty`;
  const start = SLOTS.findIndex((s) => s.category === target.category);
  for (let step = 1; step < SLOTS.length; step++) {
    const next = SLOTS[(start + step) % SLOTS.length]!;
    if (!items.some((i) => i.category === next.category)) return `add-${next.category}`;
  }
  return `row-${target.key}`;
}

/** Opening the picker (from a slot, "Change" or a finding's fix), applying the choice and placing focus after it. */
export function usePickFlow(state: EditorState, dispatch: (a: EditorAction) => void, announce: (text: string) => void) {
  const [picking, setPicking] = useState<Picking | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);

  const open = useCallback((category: Category, replacing?: EditorItem) => {
    opener.current = document.activeElement as HTMLElement | null;
    setPicking({ category, replacing });
  }, []);

  const openFix = useCallback((fix: PartFix) => {
    opener.current = document.activeElement as HTMLElement | null;
    const replacing = fix.replacesItemId ? state.items.find((i) => i.key === fix.replacesItemId) : undefined;
    setPicking({ category: fix.category, filters: fix.filters, replacing });
  }, [state.items]);

  const close = useCallback(() => {
    setPicking(null);
    // Escape or Close: back to whatever opened the picker.
    if (opener.current?.isConnected) opener.current.focus();
  }, []);

  const choose = useCallback((item: EditorItem) => {
    const replacing = picking?.replacing;
    opener.current = null;
    setPicking(null);
    if (replacing) {
      dispatch({ type: "swap", key: replacing.key, item });
      announce(`Replaced ${replacing.label} with ${item.label}.`);
    } else {
      dispatch({ type: "add", item });
      announce(`Added ${item.label} (${CATEGORY_PHRASES[item.category].noun}).`);
    }
    setFocusTarget({ key: item.key, category: item.category, replaced: Boolean(replacing) });
  }, [picking, dispatch, announce]);

  useEffect(() => {
    if (!focusTarget) return;
    const id = focusAfterPick(state.items, focusTarget);
    const el = document.getElementById(id);
    if (!el) return;
    el.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one focus move per choice
    setFocusTarget(null);
  }, [focusTarget, state.items]);

  return { picking, open, openFix, close, choose };
}
