//! Digits in any script the users write (Arabic-Indic, Extended Arabic-Indic as in Persian and
//! Pashto, Devanagari, Bengali, full-width) become ASCII before numbers are read.

/// Maps every supported decimal digit to its ASCII form; other characters pass unchanged.
pub fn normalize_digits(input: &str) -> String {
    input.chars().map(ascii_digit).collect()
}

fn ascii_digit(c: char) -> char {
    const ZEROS: [u32; 5] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];
    let code = c as u32;
    for zero in ZEROS {
        if (zero..zero + 10).contains(&code) {
            return char::from(b'0' + (code - zero) as u8);
        }
    }
    c
}

/// Reads a whole number typed in any digit script, allowing spaces around it and a leading sign.
pub fn parse_number(input: &str) -> Option<i64> {
    let ascii = normalize_digits(input.trim());
    let ascii = ascii.trim_start_matches('+');
    if ascii.is_empty() || ascii.len() > 18 {
        return None;
    }
    ascii.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_reads_as_ascii() {
        assert_eq!(normalize_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(normalize_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(normalize_digits("०१२३४५६७८९"), "0123456789");
        assert_eq!(normalize_digits("০১২৩৪৫৬৭৮৯"), "0123456789");
        assert_eq!(normalize_digits("１２"), "12");
        assert_eq!(normalize_digits("abc ١٢"), "abc 12");
    }

    #[test]
    fn numbers_parse_from_mixed_scripts() {
        assert_eq!(parse_number(" ۱۲ "), Some(12));
        assert_eq!(parse_number("٣"), Some(3));
        assert_eq!(parse_number("-4"), Some(-4));
        assert_eq!(parse_number("+4"), Some(4));
        assert_eq!(parse_number("4.5"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("99999999999999999999999"), None);
    }
}
