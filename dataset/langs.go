package dataset

// languages names every language lingua-go can detect, by ISO 639-1 code:
// the English name and the language's own name for itself.
var languages = map[string][2]string{
	"af": {"Afrikaans", "Afrikaans"}, "sq": {"Albanian", "Shqip"}, "ar": {"Arabic", "العربية"},
	"hy": {"Armenian", "Հայերեն"}, "az": {"Azerbaijani", "Azərbaycanca"}, "eu": {"Basque", "Euskara"},
	"be": {"Belarusian", "Беларуская"}, "bn": {"Bengali", "বাংলা"}, "nb": {"Norwegian Bokmål", "Norsk bokmål"},
	"bs": {"Bosnian", "Bosanski"}, "bg": {"Bulgarian", "Български"}, "ca": {"Catalan", "Català"},
	"zh": {"Chinese", "中文"}, "hr": {"Croatian", "Hrvatski"}, "cs": {"Czech", "Čeština"},
	"da": {"Danish", "Dansk"}, "nl": {"Dutch", "Nederlands"}, "en": {"English", "English"},
	"eo": {"Esperanto", "Esperanto"}, "et": {"Estonian", "Eesti"}, "fi": {"Finnish", "Suomi"},
	"fr": {"French", "Français"}, "lg": {"Ganda", "Luganda"}, "ka": {"Georgian", "ქართული"},
	"de": {"German", "Deutsch"}, "el": {"Greek", "Ελληνικά"}, "gu": {"Gujarati", "ગુજરાતી"},
	"he": {"Hebrew", "עברית"}, "hi": {"Hindi", "हिन्दी"}, "hu": {"Hungarian", "Magyar"},
	"is": {"Icelandic", "Íslenska"}, "id": {"Indonesian", "Bahasa Indonesia"}, "ga": {"Irish", "Gaeilge"},
	"it": {"Italian", "Italiano"}, "ja": {"Japanese", "日本語"}, "kk": {"Kazakh", "Қазақ тілі"},
	"ko": {"Korean", "한국어"}, "la": {"Latin", "Latina"}, "lv": {"Latvian", "Latviešu"},
	"lt": {"Lithuanian", "Lietuvių"}, "mk": {"Macedonian", "Македонски"}, "ms": {"Malay", "Bahasa Melayu"},
	"mi": {"Maori", "Te reo Māori"}, "mr": {"Marathi", "मराठी"}, "mn": {"Mongolian", "Монгол"},
	"nn": {"Norwegian Nynorsk", "Norsk nynorsk"}, "fa": {"Persian", "فارسی"}, "pl": {"Polish", "Polski"},
	"pt": {"Portuguese", "Português"}, "pa": {"Punjabi", "ਪੰਜਾਬੀ"}, "ro": {"Romanian", "Română"},
	"ru": {"Russian", "Русский"}, "sr": {"Serbian", "Српски"}, "sn": {"Shona", "chiShona"},
	"sk": {"Slovak", "Slovenčina"}, "sl": {"Slovene", "Slovenščina"}, "so": {"Somali", "Soomaali"},
	"st": {"Sotho", "Sesotho"}, "es": {"Spanish", "Español"}, "sw": {"Swahili", "Kiswahili"},
	"sv": {"Swedish", "Svenska"}, "tl": {"Tagalog", "Tagalog"}, "ta": {"Tamil", "தமிழ்"},
	"te": {"Telugu", "తెలుగు"}, "th": {"Thai", "ไทย"}, "ts": {"Tsonga", "Xitsonga"},
	"tn": {"Tswana", "Setswana"}, "tr": {"Turkish", "Türkçe"}, "uk": {"Ukrainian", "Українська"},
	"ur": {"Urdu", "اردو"}, "vi": {"Vietnamese", "Tiếng Việt"}, "cy": {"Welsh", "Cymraeg"},
	"xh": {"Xhosa", "isiXhosa"}, "yo": {"Yoruba", "Yorùbá"}, "zu": {"Zulu", "isiZulu"},
}

// Undetermined is the ISO 639 code for a text whose language is unknown.
const Undetermined = "und"

// LanguageName returns the English name of an ISO 639-1 code, or the code
// itself when it is not one Parallax knows.
func LanguageName(code string) string {
	if n, ok := languages[code]; ok {
		return n[0]
	}
	if code == Undetermined {
		return "Unknown language"
	}
	return code
}

// LanguageEndonym returns a language's name for itself, or its English name.
func LanguageEndonym(code string) string {
	if n, ok := languages[code]; ok {
		return n[1]
	}
	return LanguageName(code)
}

// ScriptDir returns the writing direction of an ISO 15924 script code.
func ScriptDir(script string) string {
	switch script {
	case "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm":
		return "rtl"
	}
	return "ltr"
}
