/**
 * The blocks of a page this browser has answered "Was this clear?" for, so the question does not
 * come back after a reload. Kept in `localStorage` (`sessionStorage` on a shared computer, see `personalStorage`) under `copro:clarity-answered:<page>` as a list
 * of block ids: not the answer, not the comment, nothing about the person.
 */
import { personalStorage } from '@copro/core';

const PREFIX = 'copro:clarity-answered:';

function answeredBlocks(page: string): string[] {
  try {
    const value: unknown = JSON.parse(personalStorage()?.getItem(PREFIX + page) ?? '[]');
    return Array.isArray(value) ? value.filter((block): block is string => typeof block === 'string') : [];
  } catch {
    return [];
  }
}

function keep(page: string, blocks: string[]): void {
  try {
    if (blocks.length) personalStorage()?.setItem(PREFIX + page, JSON.stringify(blocks));
    else personalStorage()?.removeItem(PREFIX + page);
  } catch {
    // Storage off or full: the question comes back after a reload, nothing worse.
  }
}

export function hasAnswered(page: string, block: string): boolean {
  return answeredBlocks(page).includes(block);
}

export function rememberAnswer(page: string, block: string): void {
  const blocks = answeredBlocks(page);
  if (!blocks.includes(block)) keep(page, [...blocks, block]);
}

export function forgetAnswer(page: string, block: string): void {
  keep(page, answeredBlocks(page).filter((each) => each !== block));
}
