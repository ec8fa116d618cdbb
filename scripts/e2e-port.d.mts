export declare const DEFAULT_E2E_PORT: number;
export declare function isPortFree(port: number): Promise<boolean>;
export declare function chooseE2ePort(requested?: string, preferred?: number): Promise<{ port: number; note: string | null }>;
