'use client';
import { useConfig } from '@payloadcms/ui';
import { useEffect, useState } from 'react';
import type { PortalBuildStatus } from '../publish/buildStatus.ts';

/** Faster while something is on its way, so "live in ~N s" counts down. */
const activeMs = 1500;
const idleMs = 5000;

/** Polls `GET /api/builds/status` for as long as the component is shown. */
export function useBuildStatus(): PortalBuildStatus[] | null {
  const { config } = useConfig();
  const url = `${config.serverURL ?? ''}${config.routes.api}/builds/status`;
  const [portals, setPortals] = useState<PortalBuildStatus[] | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      let next = idleMs;
      try {
        const response = await fetch(url, { credentials: 'include', cache: 'no-store' });
        if (response.ok) {
          const body = (await response.json()) as { portals: PortalBuildStatus[] };
          if (!stopped) setPortals(body.portals);
          if (body.portals.some((portal) => portal.queued || portal.running)) next = activeMs;
        }
      } catch {
        // Offline for a moment: try again at the idle pace.
      }
      if (!stopped) timer = setTimeout(() => void poll(), next);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url]);
  return portals;
}
