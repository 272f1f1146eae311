import Foundation

/// Why an output could not be written: the path and the system's reason.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "cannot write \(path): \(problem)" }

    static func errno(_ path: String, _ what: String) -> OutputError {
        OutputError(path: path, problem: "\(what): \(String(cString: strerror(Foundation.errno)))")
    }
}

/// An output being written, so that a failed run never leaves half a file
/// and never destroys what the path names.
///
/// A regular file, or a path that does not exist yet, is written to a
/// temporary file beside it and renamed into place by `commit()`. Anything
/// else — a character device such as /dev/null or /dev/full, a FIFO, a
/// terminal, /dev/stdout — must not be replaced by a rename (run as root that
/// would turn /dev/full into a regular file), so it is opened and written
/// directly, and every write error is reported. A symbolic link is followed:
/// the file it points to is replaced, the link stays.
public final class OutputFile {
    /// The path as given.
    public let path: String
    private let fd: Int32
    /// Where the data goes until `commit()`, for a replaced regular file.
    private let temporary: String?
    /// The file the temporary one replaces.
    private let destination: String
    private var done = false

    public init(_ url: URL) throws(OutputError) {
        path = url.path
        destination = Self.resolvingLinks(path)
        var info = stat()
        let exists = stat(destination, &info) == 0
        if exists,
            (info.st_mode & S_IFMT) != S_IFREG || destination.hasPrefix("/proc/") || destination.hasPrefix("/dev/")
        {
            temporary = nil
            fd = open(destination, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard fd >= 0 else { throw .errno(path, "cannot open") }
            return
        }
        let directory = (destination as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
                throw OutputError(
                    path: path, problem: "cannot create the folder \(directory): \(error.localizedDescription)")
            }
        }
        let name = (destination as NSString).lastPathComponent
        let temp = (directory.isEmpty ? "" : directory + "/") + ".\(name).\(UUID().uuidString).tmp"
        temporary = temp
        // Keep an existing file's permissions; new files get the usual 0644 less the umask.
        fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, exists ? mode_t(info.st_mode & 0o7777) : 0o644)
        guard fd >= 0 else {
            throw .errno(path, "cannot create a temporary file in \(directory.isEmpty ? "." : directory)")
        }
    }

    deinit { if !done { discard() } }

    /// Writes all of `bytes`, retrying short writes.
    public func write<Bytes: ContiguousBytes>(_ bytes: Bytes) throws(OutputError) {
        let failure: OutputError? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return .errno(path, "write failed")
                }
                offset += n
            }
            return nil
        }
        if let failure { discard(); throw failure }
    }

    public func write(_ text: String) throws(OutputError) { try write(Data(text.utf8)) }

    /// Flushes and closes; a replaced regular file is renamed into place.
    public func commit() throws(OutputError) {
        guard !done else { return }
        done = true
        // fsync is refused by pipes and terminals; only a file being replaced needs it.
        if let temporary {
            guard fsync(fd) == 0 else {
                let e = OutputError.errno(path, "cannot flush"); close(fd); unlink(temporary); throw e
            }
        }
        guard close(fd) == 0 else {
            let e = OutputError.errno(path, "close failed")
            if let temporary { unlink(temporary) }
            throw e
        }
        if let temporary, rename(temporary, destination) != 0 {
            let e = OutputError.errno(path, "cannot move \(temporary) into place")
            unlink(temporary)
            throw e
        }
    }

    /// Closes without replacing anything; the temporary file is removed.
    public func discard() {
        guard !done else { return }
        done = true
        close(fd)
        if let temporary { unlink(temporary) }
    }

    /// The path with the symbolic links of its final component followed (a
    /// dangling link names the file it would create).
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        // Inside /proc the kernel's own links (/proc/self/fd/1 → "pipe:[…]")
        // name no path; stat() follows them, so stop there.
        for _ in 0..<40 where !current.hasPrefix("/proc/") {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { break }
            let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current =
                target.hasPrefix("/")
                ? target : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        }
        return current
    }
}

/// Writes a whole output at once through `OutputFile`.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(OutputError) {
        let file = try OutputFile(url)
        try file.write(data)
        try file.commit()
    }

    public static func write(_ text: String, to url: URL) throws(OutputError) { try write(Data(text.utf8), to: url) }
}
