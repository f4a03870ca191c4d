#pragma once

#include <string_view>

namespace steward {

// One masked cell. `text` views the input row or the masking worker's buffers and stays valid
// until the worker masks the next row.
struct MaskedCell {
    enum class State : unsigned char {
        Value, // `text` is the masked value (possibly empty)
        Suppressed, // no value: JSON null in `show --masked`
        Unreadable, // operators only: the value could not be read (an unparsable date or number,
                    // a code missing from a table, a date without a subject key); the worker
                    // counts it and outputs Suppressed
    };

    std::string_view text;
    State state = State::Value;

    static MaskedCell value(std::string_view text) { return {text, State::Value}; }
    static MaskedCell suppressed() { return {{}, State::Suppressed}; }
    static MaskedCell unreadable() { return {{}, State::Unreadable}; }
    bool isSuppressed() const { return state != State::Value; }
};

} // namespace steward
