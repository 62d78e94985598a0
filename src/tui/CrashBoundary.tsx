// A component that throws while drawing is a bug like any other, so it takes the same path as an
// uncaught exception: terminal restored, one line on stderr, details in a file, exit status 1.
// Ink's own boundary would draw the stack over the screen instead, and in the bundle it fails
// itself, leaving a reader that shows a stale frame and answers no key, not even Ctrl-C.
import { Component, type ReactNode } from 'react';

interface CrashBoundaryProps {
  onCrash: (error: unknown) => void;
  children: ReactNode;
}

export class CrashBoundary extends Component<CrashBoundaryProps, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError(): { crashed: boolean } {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onCrash(error);
  }

  override render(): ReactNode {
    return this.state.crashed ? null : this.props.children;
  }
}
