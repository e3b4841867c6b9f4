package dataset

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The binary format, version FormatVersion:
//
//	"PRLX"  magic
//	uvarint format version
//	byte    compression: 0 none (the only one; a slot for another)
//	payload:
//	    string table: uvarint n, n uvarint lengths, then the n strings' bytes
//	    body: every string is a uvarint index into the table; ints are
//	          varints; confidences are uvarints in units of 1/10000
//
// The string table lets the decoder make one string of all text and slice
// it, so start-up allocates little even for a large corpus, and ids repeated
// in marks and mentions cost one varint each.
const (
	magic         = "PRLX"
	FormatVersion = 4

	// The payload is stored as it is: the wasm that embeds it is
	// compressed on the wire, and brotli over the raw payload is a third
	// smaller than DEFLATE inside the wasm (1.8 MB against 2.7 MB for
	// 10,000 articles), and decoding skips the inflate.
	compressNone = 0
)

// ErrFormat is wrapped by every error Decode returns for bytes that are not
// a dataset of a version this code reads.
var ErrFormat = errors.New("not a Parallax dataset")

// Encode writes d in the binary format. The same dataset always gives the
// same bytes.
func Encode(d *Dataset) ([]byte, error) {
	var body encoder
	body.strings = map[string]int{}
	body.dataset(d)

	var payload bytes.Buffer
	payload.Grow(body.buf.Len() + body.tableSize)
	var tmp [binary.MaxVarintLen64]byte
	writeUvarint := func(v uint64) { payload.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	writeUvarint(uint64(len(body.table)))
	for _, s := range body.table {
		writeUvarint(uint64(len(s)))
	}
	for _, s := range body.table {
		payload.WriteString(s)
	}
	payload.Write(body.buf.Bytes())

	var out bytes.Buffer
	out.WriteString(magic)
	out.Write(tmp[:binary.PutUvarint(tmp[:], FormatVersion)])
	out.WriteByte(compressNone)
	out.Write(payload.Bytes())
	return out.Bytes(), nil
}

// Decode reads a dataset written by Encode. It never panics on bad input:
// anything malformed is an error wrapping ErrFormat.
func Decode(b []byte) (*Dataset, error) { return decode(b, true) }

// decode reads a dataset, checking its references when validate is set.
func decode(b []byte, validate bool) (*Dataset, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrFormat)
	}
	b = b[len(magic):]
	version, n := binary.Uvarint(b)
	if n <= 0 {
		return nil, fmt.Errorf("%w: bad version", ErrFormat)
	}
	if version != FormatVersion {
		return nil, fmt.Errorf("%w: format version %d, this build reads version %d (rebuild the dataset)", ErrFormat, version, FormatVersion)
	}
	b = b[n:]
	if len(b) < 1 {
		return nil, fmt.Errorf("%w: truncated header", ErrFormat)
	}
	compression, payload := b[0], b[1:]
	if compression != compressNone {
		return nil, fmt.Errorf("%w: unknown compression %d", ErrFormat, compression)
	}

	d := decoder{b: payload}
	d.stringTable()
	ds := d.dataset()
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the end", ErrFormat, len(d.b))
	}
	if validate {
		if err := ds.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	return ds, nil
}

// encoder writes the body and collects the string table as it goes.
type encoder struct {
	buf       bytes.Buffer
	tmp       [binary.MaxVarintLen64]byte
	strings   map[string]int
	table     []string
	tableSize int
}

func (e *encoder) uvarint(v uint64) { e.buf.Write(e.tmp[:binary.PutUvarint(e.tmp[:], v)]) }
func (e *encoder) int(v int)        { e.buf.Write(e.tmp[:binary.PutVarint(e.tmp[:], int64(v))]) }
func (e *encoder) len(n int)        { e.uvarint(uint64(n)) }

func (e *encoder) bool(v bool) {
	if v {
		e.buf.WriteByte(1)
	} else {
		e.buf.WriteByte(0)
	}
}

// confidence stores a value in [0, 1] to 4 decimals; the pipeline rounds
// to the same grid, so values survive a round trip exactly.
func (e *encoder) confidence(v float64) {
	if !(v >= 0) { // also NaN
		v = 0
	}
	e.uvarint(uint64(math.Round(v * 10000)))
}

func (e *encoder) float(v float64) {
	e.buf.Write(binary.LittleEndian.AppendUint64(e.tmp[:0], math.Float64bits(v)))
}

func (e *encoder) string(s string) {
	i, ok := e.strings[s]
	if !ok {
		i = len(e.table)
		e.strings[s] = i
		e.table = append(e.table, s)
		e.tableSize += len(s)
	}
	e.uvarint(uint64(i))
}

func (e *encoder) stringList(ss []string) {
	e.len(len(ss))
	for _, s := range ss {
		e.string(s)
	}
}

func (e *encoder) span(s Span) { e.int(s.Start); e.int(s.End - s.Start) }

func (e *encoder) dataset(d *Dataset) {
	e.len(len(d.Diagnostics))
	for _, x := range d.Diagnostics {
		e.string(x.File)
		e.int(x.Line)
		e.string(x.Severity)
		e.string(x.Code)
		e.string(x.Message)
	}
	e.len(len(d.Entities))
	for _, x := range d.Entities {
		e.string(x.ID)
		e.string(x.Kind)
		e.string(x.Name)
		e.stringList(x.Aliases)
		e.bool(x.Provisional)
	}
	e.len(len(d.Articles))
	for i := range d.Articles {
		e.article(&d.Articles[i])
	}
	e.len(len(d.Events))
	for i := range d.Events {
		e.event(&d.Events[i])
	}
	e.len(len(d.Stories))
	for i := range d.Stories {
		e.story(&d.Stories[i])
	}
}

func (e *encoder) article(a *Article) {
	e.string(a.ID)
	e.string(a.File)
	e.string(a.Lang)
	e.confidence(a.LangConfidence)
	e.string(a.Script)
	e.string(a.Dir)
	e.string(a.Title)
	e.string(a.TitleSource)
	e.string(a.Dateline)
	e.string(a.Meta.Outlet)
	e.string(a.Meta.URL)
	e.string(a.Meta.Author)
	e.string(a.Meta.Title)
	e.string(a.Meta.Published)
	e.bool(a.Meta.PublishedInferred)
	e.len(len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		e.string(p.Kind)
		e.string(p.Text)
		e.string(p.Lang)
		e.confidence(p.LangConfidence)
		e.len(len(p.Sentences))
		for _, s := range p.Sentences {
			e.span(s)
		}
		e.len(len(p.Marks))
		for _, m := range p.Marks {
			e.span(m.Span)
			e.string(m.Kind)
			e.string(m.Entity)
			e.string(m.Date)
		}
	}
	e.len(len(a.Removed))
	for _, r := range a.Removed {
		e.int(r.Line)
		e.string(r.Text)
		e.string(r.Reason)
	}
	e.int(a.Words)
	e.int(a.Sentences)
	e.string(a.DuplicateOf)
}

func (e *encoder) quantities(qs []Quantity) {
	e.len(len(qs))
	for _, q := range qs {
		e.string(q.Text)
		e.float(q.Value)
		e.string(q.Noun)
	}
}

func (e *encoder) event(v *Event) {
	e.string(v.ID)
	e.string(v.Type)
	e.string(v.Plover)
	e.string(v.Mode)
	e.string(v.Date)
	e.string(v.DatePrecision)
	e.string(v.DateSource)
	e.stringList(v.Source)
	e.stringList(v.Target)
	e.string(v.Place)
	e.quantities(v.Quantities)
	e.stringList(v.Descriptions)
	e.string(v.Affected.Entity)
	e.string(v.Affected.Noun)
	e.float(v.Affected.Count)
	e.bool(v.Affected.Plural)
	e.string(v.Affected.Text)
	e.string(v.Modality)
	e.confidence(v.Confidence)
	e.bool(v.Background)
	e.len(len(v.Mentions))
	for _, m := range v.Mentions {
		e.string(m.Article)
		e.int(m.Paragraph)
		e.span(m.Sentence)
		e.span(m.Trigger)
		e.string(m.Date)
		e.string(m.Described)
		e.string(m.Gloss)
		e.string(m.Affected)
		e.quantities(m.Quantities)
		e.string(m.Attribution)
		e.string(m.Modality)
		e.bool(m.Background)
	}
}

func (e *encoder) story(s *Story) {
	e.string(s.ID)
	e.string(s.Title)
	e.string(s.Headline)
	e.stringList(s.Versions)
	e.stringList(s.Related)
	e.stringList(s.Duplicates)
	e.stringList(s.Unanalysed)
	e.stringList(s.Events)
	e.len(len(s.Differences))
	for _, d := range s.Differences {
		e.string(d.Event)
		e.string(d.Kind)
		e.len(len(d.Values))
		for _, v := range d.Values {
			e.string(v.Article)
			e.string(v.Value)
			e.string(v.Gloss)
		}
	}
	e.len(len(s.Possible))
	for _, p := range s.Possible {
		e.string(p.Event)
		e.string(p.Article)
		e.int(p.Paragraph)
		e.int(p.Sentence.Start)
		e.int(p.Sentence.End)
		e.string(p.Reason)
	}
}

// decoder reads the payload with a sticky error: after the first problem
// every read returns a zero value, and the caller checks err once.
type decoder struct {
	b     []byte
	table []string
	err   error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) int() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 || v > math.MaxInt32 || v < math.MinInt32 {
		d.fail("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// len reads a count of items that take at least one byte each, so a crafted
// count cannot make the decoder allocate more than the input justifies.
func (d *decoder) len() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail("count %d exceeds the %d bytes left", n, len(d.b))
		return 0
	}
	return int(n)
}

func (d *decoder) bool() bool {
	if d.err != nil {
		return false
	}
	if len(d.b) < 1 || d.b[0] > 1 {
		d.fail("bad bool")
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *decoder) confidence() float64 {
	v := d.uvarint()
	if v > 10000 {
		d.fail("confidence %d out of range", v)
		return 0
	}
	return float64(v) / 10000
}

func (d *decoder) float() float64 {
	if d.err != nil {
		return 0
	}
	if len(d.b) < 8 {
		d.fail("truncated float")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

func (d *decoder) string() string {
	i := d.uvarint()
	if d.err != nil {
		return ""
	}
	if i >= uint64(len(d.table)) {
		d.fail("string %d not in a table of %d", i, len(d.table))
		return ""
	}
	return d.table[i]
}

func (d *decoder) strings() []string {
	n := d.len()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.string()
	}
	return ss
}

func (d *decoder) span() Span {
	start := d.int()
	n := d.int()
	return Span{Start: start, End: start + n}
}

func (d *decoder) stringTable() {
	n := d.len()
	lens := make([]uint64, n)
	var total uint64
	for i := range lens {
		lens[i] = d.uvarint()
		total += lens[i]
		if total > uint64(len(d.b)) {
			d.fail("string table longer than the payload")
			return
		}
	}
	if d.err != nil {
		return
	}
	all := string(d.b[:total])
	d.b = d.b[total:]
	d.table = make([]string, n)
	var at uint64
	for i, l := range lens {
		d.table[i] = all[at : at+l]
		at += l
	}
}

func (d *decoder) dataset() *Dataset {
	ds := &Dataset{}
	if n := d.len(); n > 0 {
		ds.Diagnostics = make([]Diagnostic, n)
		for i := range ds.Diagnostics {
			x := &ds.Diagnostics[i]
			x.File = d.string()
			x.Line = d.int()
			x.Severity = d.string()
			x.Code = d.string()
			x.Message = d.string()
		}
	}
	if n := d.len(); n > 0 {
		ds.Entities = make([]Entity, n)
		for i := range ds.Entities {
			x := &ds.Entities[i]
			x.ID = d.string()
			x.Kind = d.string()
			x.Name = d.string()
			x.Aliases = d.strings()
			x.Provisional = d.bool()
		}
	}
	if n := d.len(); n > 0 {
		ds.Articles = make([]Article, n)
		for i := range ds.Articles {
			d.article(&ds.Articles[i])
		}
	}
	if n := d.len(); n > 0 {
		ds.Events = make([]Event, n)
		for i := range ds.Events {
			d.event(&ds.Events[i])
		}
	}
	if n := d.len(); n > 0 {
		ds.Stories = make([]Story, n)
		for i := range ds.Stories {
			d.story(&ds.Stories[i])
		}
	}
	return ds
}

func (d *decoder) article(a *Article) {
	a.ID = d.string()
	a.File = d.string()
	a.Lang = d.string()
	a.LangConfidence = d.confidence()
	a.Script = d.string()
	a.Dir = d.string()
	a.Title = d.string()
	a.TitleSource = d.string()
	a.Dateline = d.string()
	a.Meta.Outlet = d.string()
	a.Meta.URL = d.string()
	a.Meta.Author = d.string()
	a.Meta.Title = d.string()
	a.Meta.Published = d.string()
	a.Meta.PublishedInferred = d.bool()
	if n := d.len(); n > 0 {
		a.Paragraphs = make([]Paragraph, n)
		for i := range a.Paragraphs {
			p := &a.Paragraphs[i]
			p.Kind = d.string()
			p.Text = d.string()
			p.Lang = d.string()
			p.LangConfidence = d.confidence()
			if n := d.len(); n > 0 {
				p.Sentences = make([]Span, n)
				for j := range p.Sentences {
					p.Sentences[j] = d.span()
				}
			}
			if n := d.len(); n > 0 {
				p.Marks = make([]Mark, n)
				for j := range p.Marks {
					m := &p.Marks[j]
					m.Span = d.span()
					m.Kind = d.string()
					m.Entity = d.string()
					m.Date = d.string()
				}
			}
		}
	}
	if n := d.len(); n > 0 {
		a.Removed = make([]Removal, n)
		for i := range a.Removed {
			r := &a.Removed[i]
			r.Line = d.int()
			r.Text = d.string()
			r.Reason = d.string()
		}
	}
	a.Words = d.int()
	a.Sentences = d.int()
	a.DuplicateOf = d.string()
}

func (d *decoder) quantities() []Quantity {
	n := d.len()
	if n == 0 {
		return nil
	}
	qs := make([]Quantity, n)
	for i := range qs {
		qs[i].Text = d.string()
		qs[i].Value = d.float()
		qs[i].Noun = d.string()
	}
	return qs
}

func (d *decoder) event(v *Event) {
	v.ID = d.string()
	v.Type = d.string()
	v.Plover = d.string()
	v.Mode = d.string()
	v.Date = d.string()
	v.DatePrecision = d.string()
	v.DateSource = d.string()
	v.Source = d.strings()
	v.Target = d.strings()
	v.Place = d.string()
	v.Quantities = d.quantities()
	v.Descriptions = d.strings()
	v.Affected.Entity = d.string()
	v.Affected.Noun = d.string()
	v.Affected.Count = d.float()
	v.Affected.Plural = d.bool()
	v.Affected.Text = d.string()
	v.Modality = d.string()
	v.Confidence = d.confidence()
	v.Background = d.bool()
	if n := d.len(); n > 0 {
		v.Mentions = make([]Mention, n)
		for i := range v.Mentions {
			m := &v.Mentions[i]
			m.Article = d.string()
			m.Paragraph = d.int()
			m.Sentence = d.span()
			m.Trigger = d.span()
			m.Date = d.string()
			m.Described = d.string()
			m.Gloss = d.string()
			m.Affected = d.string()
			m.Quantities = d.quantities()
			m.Attribution = d.string()
			m.Modality = d.string()
			m.Background = d.bool()
		}
	}
}

func (d *decoder) story(s *Story) {
	s.ID = d.string()
	s.Title = d.string()
	s.Headline = d.string()
	s.Versions = d.strings()
	s.Related = d.strings()
	s.Duplicates = d.strings()
	s.Unanalysed = d.strings()
	s.Events = d.strings()
	if n := d.len(); n > 0 {
		s.Differences = make([]Difference, n)
		for i := range s.Differences {
			x := &s.Differences[i]
			x.Event = d.string()
			x.Kind = d.string()
			if n := d.len(); n > 0 {
				x.Values = make([]DiffValue, n)
				for j := range x.Values {
					x.Values[j].Article = d.string()
					x.Values[j].Value = d.string()
					x.Values[j].Gloss = d.string()
				}
			}
		}
	}
	if n := d.len(); n > 0 {
		s.Possible = make([]Possible, n)
		for i := range s.Possible {
			p := &s.Possible[i]
			p.Event = d.string()
			p.Article = d.string()
			p.Paragraph = d.int()
			p.Sentence.Start = d.int()
			p.Sentence.End = d.int()
			p.Reason = d.string()
		}
	}
}
