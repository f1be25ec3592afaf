export declare function checkPackagingIdentity(root: string): string[];
export declare function maintainerProblem(value: string | undefined): string | null;
export declare function validateWorkflows(root: string): string[];
export declare function validateBuilderConfig(root: string, file: string): Promise<string | null>;
