extension Array {
    /// Calls `body` with each element in order, read in place from the array's storage.
    ///
    /// A `for-in` loop over an array hands out a copy of every element, and copying a struct
    /// retains each string, array and class reference in it (a `Finding` holds dozens). On
    /// the server's hot path, where two threads retain the same shared strings, those atomic
    /// counts cost more than the work done with the elements; this loop copies nothing.
    @inline(__always)
    func forEachInPlace(_ body: (Element) throws -> Void) rethrows {
        try withUnsafeBufferPointer { buffer in
            for index in buffer.indices { try body(buffer[index]) }
        }
    }
}
