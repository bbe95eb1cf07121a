import Foundation

/// An optional that JSON writes as `null` when it has no value, where Swift's own encoding leaves the key out:
/// every object minutebook writes has the same keys, whatever the minutes say.
///
/// ```swift
/// struct MeetingGroup: Codable {
///     @Nullable var meetingDate: String? = nil   // "meeting_date": null
/// }
/// ```
///
/// A missing key still decodes as no value. Types whose JSON also flattens a part (`PassageHit` writes its
/// `source` inline), rounds a score or writes a computed value keep an `encode(to:)` of their own.
@propertyWrapper
public struct Nullable<Value> {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }
}

extension Nullable: Sendable where Value: Sendable {}
extension Nullable: Equatable where Value: Equatable {}
extension Nullable: Hashable where Value: Hashable {}

extension Nullable: Encodable where Value: Encodable {
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension Nullable: Decodable where Value: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}

extension KeyedDecodingContainer {
    /// A `@Nullable` property whose key is missing decodes as no value, as a plain optional does.
    public func decode<Value: Decodable>(_ type: Nullable<Value>.Type, forKey key: Key) throws -> Nullable<Value> {
        try decodeIfPresent(type, forKey: key) ?? Nullable(wrappedValue: nil)
    }
}
