import { createContext } from 'preact';

/** Settings that change how replies render, provided by the App. */
export const RenderOptionsContext = createContext({ allowRemoteImages: false });
