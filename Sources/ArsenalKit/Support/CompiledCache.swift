import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of compiled data: the database and the language packs as they were after
/// parsing and validating their YAML, in `BinaryArchive` form, so a one-article check does
/// not parse the YAML again at every start.
///
/// An entry is keyed by its content: a hash of every source file's path and bytes, the
/// format version, and the identity of the running executable (its path, size, inode and
/// modification time), so data, parser or validation changes all miss. An entry is read
/// only when its header, its key and a checksum of its payload all match and the payload
/// decodes completely; anything else (stale, truncated, corrupt, unreadable) is a miss, and
/// the caller parses the YAML as before and writes a fresh entry. Only data that validated
/// with no error is written. A folder that cannot be created or written is skipped
/// silently: caching is an optimisation, never a requirement.
///
/// The folder is `ARSENAL_CACHE_DIR` when set (an empty value or `off` turns caching off),
/// else `$XDG_CACHE_HOME/arsenal`, else `$HOME/.cache/arsenal`.
public struct CompiledCache: Sendable {
    /// The folder entries live in, or nil when caching is off.
    public let directory: String?

    /// A cache in `directory` (nil: no caching).
    public init(directory: String?) {
        self.directory = directory
    }

    /// No caching.
    public static let disabled = CompiledCache(directory: nil)

    /// The cache folder the environment names (see the type's documentation).
    public static var standard: CompiledCache {
        let environment = ProcessInfo.processInfo.environment
        if let explicit = environment["ARSENAL_CACHE_DIR"] {
            return CompiledCache(directory: explicit.isEmpty || explicit == "off" ? nil : explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return CompiledCache(directory: xdg + "/arsenal") }
        if let home = environment["HOME"], home.hasPrefix("/") { return CompiledCache(directory: home + "/.cache/arsenal") }
        return .disabled
    }

    /// The cache data read deep inside the library uses (the list of systems outside the
    /// database, and the phrase tables built from the catalog and the packs): `disabled` unless a program opts in with `useForBundledData`
    /// before anything is loaded, so library users and tests touch no folder of theirs.
    public static var forBundledData: CompiledCache {
        bundledDataCache.lock.withLock { bundledDataCache.cache }
    }

    /// Makes `forBundledData` return `cache` (call once, at start-up).
    public static func useForBundledData(_ cache: CompiledCache) {
        bundledDataCache.lock.withLock { bundledDataCache.cache = cache }
    }

    private static let bundledDataCache = Setting()

    private final class Setting: @unchecked Sendable {
        let lock = NSLock()
        // Guarded by `lock`.
        var cache = CompiledCache.disabled
    }

    /// The value stored under `name` for exactly the texts of `sources` (path, text), else
    /// `make()`'s, stored when it is not nil.
    func value<T: Codable>(name: String, sources: [(path: String, text: String)], make: () -> T?) -> T? {
        let key = Self.key(name) { hash in
            for (path, text) in sources {
                hash.add(path)
                hash.add(text)
            }
        }
        if let key, let stored = load(T.self, name: name, key: key) { return stored }
        let made = make()
        if let key, let made { store(made, name: name, key: key) }
        return made
    }

    /// Bumped whenever the archive layout changes meaning.
    static let formatVersion: UInt32 = 4
    private static let magic: [UInt8] = Array("ARSENALC".utf8)
    /// magic, version, key (16), payload length (8), payload checksum (16).
    private static let headerSize = 8 + 4 + 16 + 8 + 16

    /// The key of content `build` adds to, or nil when the executable cannot be identified
    /// (then nothing is cached).
    static func key(_ kind: String, _ build: (inout ContentHash) -> Void) -> ContentHash? {
        guard let executable = executableIdentity else { return nil }
        var hash = ContentHash()
        hash.add(kind)
        hash.add(executable)
        hash.add(UInt64(formatVersion))
        build(&hash)
        return hash
    }

    /// The running executable's path, device, inode, size and modification time: a rebuilt
    /// binary (new parser, new rules) never reads an older binary's entries.
    static let executableIdentity: String? = {
        let path = "/proc/self/exe"
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? path
        #if canImport(Darwin)
        let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
        #else
        let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        #endif
        return "\(target)|\(info.st_dev)|\(info.st_ino)|\(info.st_size)|\(modified)"
    }()

    /// Where the entry `name` of this executable lives. The executable's identity is in the
    /// file name too (not only in the key), so two builds or versions sharing a folder (one
    /// home, several checkouts) keep their entries side by side instead of replacing each
    /// other's at every run.
    func path(_ name: String) -> String? {
        directory.map { $0 + "/" + name + "-" + Self.executableTag + ".bin" }
    }

    /// A short hash of `executableIdentity`.
    static let executableTag: String = {
        var hash = ContentHash()
        hash.add(executableIdentity ?? "")
        return String(hash.a, radix: 16)
    }()

    /// The value stored under `name` with `key`, or nil on any mismatch or damage.
    func load<T: Decodable>(_ type: T.Type, name: String, key: ContentHash) -> T? {
        guard let payload = loadBytes(name: name, key: key) else { return nil }
        return try? BinaryArchive.decode(type, from: payload)
    }

    /// The bytes stored under `name` with `key`, or nil on any mismatch or damage.
    func loadBytes(name: String, key: ContentHash) -> [UInt8]? {
        guard let path = path(name), let bytes = Self.read(path), bytes.count >= Self.headerSize else { return nil }
        var header: [UInt8] = []
        Self.header(key: key, payload: bytes[Self.headerSize...], into: &header)
        guard bytes[0..<Self.headerSize].elementsEqual(header) else { return nil }
        return Array(bytes[Self.headerSize...])
    }

    /// Stores `value` under `name` with `key`: written to a temporary file and renamed, so a
    /// reader never sees half an entry. Failures are ignored.
    func store<T: Encodable>(_ value: T, name: String, key: ContentHash) {
        guard let payload = try? BinaryArchive.encode(value) else { return }
        storeBytes(payload, name: name, key: key)
    }

    /// Stores `payload` under `name` with `key`, as `store` does.
    func storeBytes(_ payload: [UInt8], name: String, key: ContentHash) {
        guard let directory, let path = path(name) else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return
        }
        var bytes: [UInt8] = []
        Self.header(key: key, payload: payload[...], into: &bytes)
        bytes += payload
        let temporary = "\(directory)/.\(name).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            return
        }
        Self.prune(directory, keeping: path)
    }

    /// The most entries a folder keeps: each database folder checked, and each executable,
    /// gets its own entries, so the oldest are removed beyond this (a build writes about
    /// eight, most of them a few tens of KB).
    static let maximumEntries = 100

    private static func prune(_ directory: String, keeping newest: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return }
        let entries = names.filter { $0.hasSuffix(".bin") }.map { directory + "/" + $0 }
        guard entries.count > maximumEntries else { return }
        let dated = entries.filter { $0 != newest }.map { path in
            (path, (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
        }
        for (path, _) in dated.sorted(by: { $0.1 < $1.1 }).prefix(entries.count - maximumEntries) {
            try? manager.removeItem(atPath: path)
        }
    }

    private static func header(key: ContentHash, payload: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var checksum = ContentHash()
        payload.withUnsafeBytes { checksum.add($0) }
        out += magic
        withUnsafeBytes(of: formatVersion.littleEndian) { out += $0 }
        for word in [key.a, key.b, UInt64(payload.count), checksum.a, checksum.b] {
            withUnsafeBytes(of: word.littleEndian) { out += $0 }
        }
    }

    private static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_size > 0, info.st_size < 1 << 30 else { return nil }
        let size = Int(info.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        #if canImport(Glibc)
        let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, size) }
        #else
        let count = bytes.withUnsafeMutableBytes { Darwin.read(descriptor, $0.baseAddress, size) }
        #endif
        return count == size ? bytes : nil
    }
}

/// A 128-bit hash of content for cache keys and checksums (two 64-bit multiply-xorshift
/// lanes over 8-byte words, with the length mixed in): fast on the few hundred KB of YAML
/// it keys, and made to catch changed or damaged bytes, not to resist forgery.
struct ContentHash: Hashable {
    var a: UInt64 = 0xCBF2_9CE4_8422_2325
    var b: UInt64 = 0x9E37_79B9_7F4A_7C15

    private mutating func mix(_ word: UInt64) {
        a = (a ^ word) &* 0x0000_0100_0000_01B3
        a ^= a >> 29
        b = (b &+ word) &* 0xFF51_AFD7_ED55_8CCD
        b ^= b >> 33
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        mix(tail)
        mix(UInt64(bytes.count))
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ value: UInt64) {
        mix(value)
    }
}
