import BorderHTTP
import FuzzSupport

// The server's request-head parser, and the query-string decoding of what it accepts, on arbitrary bytes.
runFuzzer { data, size in
    let bytes = fuzzBytes(data, size)
    if case let .request(request, consumed) = HTTPHeadParser.parse(bytes[...]) {
        precondition(consumed <= bytes.count)
        _ = request.queryParameters
        _ = request.keepsAlive
    }
    return 0
}
