// a file served through the /test mount
