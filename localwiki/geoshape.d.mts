export function geoshapeAnswer( params: URLSearchParams ): { status: number; body: unknown };
