#!/usr/bin/env node
// Runs the TypeScript sources directly: one code path for development and production, no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
