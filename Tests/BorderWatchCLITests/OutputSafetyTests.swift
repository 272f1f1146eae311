import Foundation
import Testing

/// Outputs that cannot clobber: devices and FIFOs are written, never
/// replaced; links are followed; a failed write is exit 2 with a message.
/// Only /dev/full and FIFOs of the test's own are used as special files.
@Suite(.serialized) struct OutputSafetyTests {
    let scratch: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-out-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()

    func isCharacterDevice(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
    }

    @Test func devFullIsReportedAndStaysADevice() throws {
        try #require(isCharacterDevice("/dev/full"))
        let r = try CommandRunner.run(["report", "proximity", "--format", "csv", "--out", "/dev/full"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/dev/full") && r.stderr.contains("No space left on device"), "\(r.stderr)")
        #expect(isCharacterDevice("/dev/full"), "/dev/full must still be a character device")
    }

    @Test func fifoIsWrittenThrough() throws {
        let fifo = scratch.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as `--out >(…)` or a named pipe would have.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let captured = scratch.appendingPathComponent("captured")
        _ = FileManager.default.createFile(atPath: captured.path, contents: nil)
        reader.standardOutput = try FileHandle(forWritingTo: captured)
        try reader.run()
        let r = try CommandRunner.run(["report", "proximity", "--format", "csv", "--out", fifo])
        reader.waitUntilExit()
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: captured, encoding: .utf8)
        #expect(text.hasPrefix("subject,incident_id,"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO must still be a FIFO")
    }

    @Test func symbolicLinkIsFollowedNotReplaced() throws {
        let target = scratch.appendingPathComponent("report.csv")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        let link = scratch.appendingPathComponent("latest.csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let r = try CommandRunner.run(["report", "proximity", "--format", "csv", "--out", link.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("subject,incident_id,"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
            $0.hasSuffix(".tmp")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func regularFileIsReplacedWhole() throws {
        let target = scratch.appendingPathComponent("sub/report.md")
        let r = try CommandRunner.run(["report", "proximity", "--format", "markdown", "--out", target.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Proximity report"))
    }
}
