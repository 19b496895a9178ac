// a file served through the /examples mount
