// The Fullscreen API where the browser has it and allows it; otherwise the presentation
// overlay already covers the whole window (position: fixed), which is the fallback.
export async function enterFullscreen(el: HTMLElement): Promise<boolean> {
  if (typeof el.requestFullscreen !== 'function' || document.fullscreenElement) return document.fullscreenElement !== null;
  try {
    await el.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export async function leaveFullscreen(): Promise<void> {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    try {
      await document.exitFullscreen();
    } catch {
      // Already left (the user pressed Esc, which the browser handles itself).
    }
  }
}
