// The parts of s3rver (a local S3-compatible server) the tests use; the package ships no types.
declare module "s3rver" {
  export default class S3rver {
    constructor(options: {
      port: number;
      address?: string;
      directory: string;
      silent?: boolean;
      configureBuckets?: Array<{ name: string }>;
    });
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
