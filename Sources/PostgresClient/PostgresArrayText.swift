/// PostgreSQL's text form of a one-dimensional text array, `{"a","b \"c\""}`:
/// every element quoted, `"` and `\` escaped with a backslash.
public enum PostgresArrayText {
    public static func encode(_ items: [String]) -> String {
        var out = "{"
        for (k, item) in items.enumerated() {
            if k > 0 { out += "," }
            out += "\""
            for ch in item {
                if ch == "\"" || ch == "\\" { out += "\\" }
                out.append(ch)
            }
            out += "\""
        }
        return out + "}"
    }

    /// Reads the server's output for a one-dimensional text array; nil when
    /// the text is not one (a NULL element is refused too: ours have none).
    public static func decode(_ text: String) -> [String]? {
        var chars = Substring(text)
        guard chars.first == "{", chars.last == "}" else { return nil }
        chars = chars.dropFirst().dropLast()
        var items: [String] = []
        var i = chars.startIndex
        while i < chars.endIndex {
            var item = ""
            if chars[i] == "\"" {
                i = chars.index(after: i)
                var closed = false
                while i < chars.endIndex {
                    let c = chars[i]
                    if c == "\\" {
                        i = chars.index(after: i)
                        guard i < chars.endIndex else { return nil }
                        item.append(chars[i])
                    } else if c == "\"" {
                        closed = true
                        i = chars.index(after: i)
                        break
                    } else {
                        item.append(c)
                    }
                    i = chars.index(after: i)
                }
                guard closed else { return nil }
            } else {
                while i < chars.endIndex, chars[i] != "," {
                    item.append(chars[i])
                    i = chars.index(after: i)
                }
                if item == "NULL" { return nil }
            }
            items.append(item)
            if i < chars.endIndex {
                guard chars[i] == "," else { return nil }
                i = chars.index(after: i)
                guard i < chars.endIndex else { return nil }
            }
        }
        return items
    }
}
