package jitcore

// The datetime module, in Python on the engine: timedelta, date, time,
// datetime and timezone with CPython's reprs, arithmetic, ISO formats and
// the common strftime/strptime directives.

func init() {
	registerModule("datetime", &nativeModule{source: datetimeSource,
		cTypes: []string{"date", "datetime", "time", "timedelta", "timezone", "tzinfo"}})
}

const datetimeSource = `
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(name, value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _check_date_fields(year, month, day):
    year = _check_int('year', year)
    month = _check_int('month', month)
    day = _check_int('day', day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    for name, v, hi in (('hour', hour, 23), ('minute', minute, 59), ('second', second, 59),
                        ('microsecond', microsecond, 999999)):
        _check_int(name, v)
        if not 0 <= v <= hi:
            raise ValueError(f'{name} must be in 0..{hi}')


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days * 86400000000, seconds * 1000000, microseconds, milliseconds * 1000,
                 minutes * 60000000, hours * 3600000000, weeks * 604800000000)
        for p in (days, seconds, microseconds, milliseconds, minutes, hours, weeks):
            if not isinstance(p, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: {type(p).__name__}")
        if all(isinstance(p, int) for p in parts):
            total = sum(parts)
        else:
            total = round(sum(parts))
        self = object.__new__(cls)
        d, rem = divmod(total, 86400000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError(f'days={d}; must have magnitude <= 999999999')
        self._days = d
        self._seconds = s
        self._microseconds = us
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._total_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(' + ', '.join(args) + ')'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = ('%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '')) + s
        if self._microseconds:
            s = s + '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(microseconds=-self._total_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(microseconds=self._total_us() * other)
        if isinstance(other, float):
            return timedelta(microseconds=round(self._total_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // other._total_us()
        if isinstance(other, int):
            return timedelta(microseconds=self._total_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, (int, float)):
            return timedelta(microseconds=round(self._total_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta(microseconds=self._total_us() % other._total_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total_us(), other._total_us())
            return q, timedelta(microseconds=r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() == other._total_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() < other._total_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() <= other._total_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() > other._total_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() >= other._total_us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('offset must be a timedelta')
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).')
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rem = divmod(off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _wrap_strftime(obj, fmt):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        y, m, d = obj.year, obj.month, obj.day
        hh = getattr(obj, 'hour', 0)
        mi = getattr(obj, 'minute', 0)
        ss = getattr(obj, 'second', 0)
        us = getattr(obj, 'microsecond', 0)
        wd = _ymd2ord(y, m, d) % 7 or 7 if m else 1
        if ch == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif ch == 'y':
            out.append('%02d' % (y % 100))
        elif ch == 'm':
            out.append('%02d' % m)
        elif ch == 'd':
            out.append('%02d' % d)
        elif ch == 'e':
            out.append('%2d' % d)
        elif ch == 'H':
            out.append('%02d' % hh)
        elif ch == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif ch == 'M':
            out.append('%02d' % mi)
        elif ch == 'S':
            out.append('%02d' % ss)
        elif ch == 'f':
            out.append('%06d' % us)
        elif ch == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif ch == 'b' or ch == 'h':
            out.append(_MONTHNAMES[m])
        elif ch == 'B':
            out.append(_FULLMONTHNAMES[m])
        elif ch == 'a':
            out.append(_DAYNAMES[wd])
        elif ch == 'A':
            out.append(_FULLDAYNAMES[wd])
        elif ch == 'w':
            out.append('%d' % (wd % 7))
        elif ch == 'u':
            out.append('%d' % wd)
        elif ch == 'j':
            out.append('%03d' % (_days_before_month(y, m) + d))
        elif ch == 'U':
            yday = _days_before_month(y, m) + d - 1
            out.append('%02d' % ((yday + 7 - (wd % 7)) // 7))
        elif ch == 'W':
            yday = _days_before_month(y, m) + d - 1
            out.append('%02d' % ((yday + 7 - (wd - 1)) // 7))
        elif ch == 'G':
            out.append('%d' % _isocal(y, m, d)[0])
        elif ch == 'V':
            out.append('%02d' % _isocal(y, m, d)[1])
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            tz = getattr(obj, 'tzinfo', None)
            out.append(tz.tzname(obj) if tz is not None else '')
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd], _MONTHNAMES[m], d, hh, mi, ss, y))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (m, d, y % 100))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (y, m, d))
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif ch == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif ch == 'n':
            out.append('\n')
        elif ch == 't':
            out.append('\t')
        elif ch == '%':
            out.append('%')
        else:
            out.append('%' + ch)
    return ''.join(out)


def _isocal(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday
    today = _ymd2ord(year, month, day)
    wk1 = week1_monday(year)
    week, dow = divmod(today - wk1, 7)
    if week < 0:
        year -= 1
        week, dow = divmod(today - week1_monday(year), 7)
    elif week >= 52 and today >= week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, dow + 1


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


class date:
    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        t = _time.time()
        return cls.fromordinal(719163 + int(t // 86400))

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        return cls.fromordinal(719163 + int(t // 86400))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _parse_isodate(s)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        # a well-formed date out of range is the constructor's error
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd + (7 if wd > 3 else 0)
        return cls.fromordinal(monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return 'datetime.%s(%d, %d, %d)' % (type(self).__name__, self._year, self._month, self._day)

    def ctime(self):
        return _wrap_strftime(self, '%a %b %e 00:00:00 %Y')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if self._cmp_ok(other):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._cmp_ok(other):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if self._cmp_ok(other):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_ok(other):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_ok(other):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return type(self).fromordinal(o)
            raise OverflowError('result out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _parse_isodate(s):
    if len(s) == 8 and s.isdigit():
        return int(s[0:4]), int(s[4:6]), int(s[6:8])
    if len(s) != 10 or s[4] != '-' or s[7] != '-' or not (s[0:4] + s[5:7] + s[8:10]).isdigit():
        raise ValueError
    return int(s[0:4]), int(s[5:7]), int(s[8:10])


def _parse_isotime(s):
    tz = None
    for sep in ('+', '-', 'Z'):
        k = s.find(sep)
        if k > 0:
            tzs = s[k:]
            s = s[:k]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                body = tzs[1:].replace(':', '')
                if len(body) not in (2, 4, 6) or not body.isdigit():
                    raise ValueError
                off = timedelta(hours=int(body[0:2]), minutes=int(body[2:4] or 0), seconds=int(body[4:6] or 0))
                tz = timezone.utc if not off else timezone(sign * off)
            break
    frac = 0
    if '.' in s or ',' in s:
        s, f = s.replace(',', '.').split('.')
        if not f.isdigit() or len(f) > 6 and False:
            raise ValueError
        frac = int((f + '000000')[:6])
    parts = s.split(':') if ':' in s else [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac, tz


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time_fields(hour, minute, second, microsecond)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        r = 'datetime.time(%d, %d%s)' % (self._hour, self._minute, s)
        if self._tzinfo is not None:
            r = r[:-1] + ', tzinfo=%r)' % self._tzinfo
        return r

    @classmethod
    def fromisoformat(cls, s):
        try:
            h, m, sec, us, tz = _parse_isotime(s)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        return _wrap_strftime(_TimeView(self), fmt)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, time) else NotImplemented

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, time) else NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


class _TimeView:
    def __init__(self, t):
        self.year, self.month, self.day = 1900, 1, 1
        self.hour, self.minute, self.second, self.microsecond = t.hour, t.minute, t.second, t.microsecond
        self.tzinfo = t.tzinfo
        self._t = t

    def utcoffset(self):
        return self._t.utcoffset()


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tzinfo).__name__}'")
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        us = round(t * 1000000)
        days, us = divmod(us, 86400000000)
        d = date.fromordinal(719163 + days)
        secs, us = divmod(us, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        result = cls(d.year, d.month, d.day, hh, mm, ss, us)
        if tz is not None:
            result = (result + tz.utcoffset(None)).replace(tzinfo=tz)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(s) > 10 and s[10] in 'T ':
                y, m, d = _parse_isodate(s[:10])
                hh, mi, ss, us, tz = _parse_isotime(s[11:])
            elif len(s) > 8 and s[8] == 'T':
                y, m, d = _parse_isodate(s[:8])
                hh, mi, ss, us, tz = _parse_isotime(s[9:])
            else:
                y, m, d = _parse_isodate(s)
                hh = mi = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {s!r}') from None
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        delta = self._naive_us() - _ymd2ord(1970, 1, 1) * 86400000000
        off = self.utcoffset()
        if off is not None:
            delta -= off._total_us()
        return delta / 1000000

    def _naive_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        off = self.utcoffset() or timedelta(0)
        utc = (self - off).replace(tzinfo=None)
        return (utc + tz.utcoffset(None)).replace(tzinfo=tz)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def isoformat(self, sep='T', timespec='auto'):
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) +
                _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = 'datetime.%s(%s)' % (type(self).__name__, ', '.join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r' % self._tzinfo + ')'
        return s

    def ctime(self):
        return _wrap_strftime(self, '%a %b %e %H:%M:%S %Y')

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, -1))

    def _cmp_key(self, other):
        if not isinstance(other, datetime):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if (a is None) != (b is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        x = self._naive_us() - (a._total_us() if a else 0)
        y = other._naive_us() - (b._total_us() if b else 0)
        return x, y

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        try:
            x, y = self._cmp_key(other)
        except TypeError:
            return False
        return x == y

    def __lt__(self, other):
        k = self._cmp_key(other)
        if k is None:
            if isinstance(other, date):
                raise TypeError(f"can't compare {type(self).__module__}.datetime to {type(other).__module__}.date")
            return NotImplemented
        return k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    def __hash__(self):
        off = self.utcoffset()
        return hash(self._naive_us() - (off._total_us() if off else 0))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._total_us()
        days, us = divmod(us, 86400000000)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        d = date.fromordinal(days)
        secs, us = divmod(us, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(d.year, d.month, d.day, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._naive_us() - other._naive_us()
            if a is not None:
                diff -= a._total_us() - b._total_us()
            return timedelta(microseconds=diff)
        return NotImplemented


tzinfo_class = tzinfo
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_STRPTIME_DIRECTIVES = {
    'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'M': r'(?P<M>[0-5]\d|\d)', 'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})', 'y': r'(?P<y>\d\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'p': r'(?P<p>am|pm)', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'b': '(?P<b>' + '|'.join(n.lower() for n in _FULLMONTHNAMES[1:] + _MONTHNAMES[1:]) + ')',
    'a': '(?P<a>' + '|'.join(n.lower() for n in _FULLDAYNAMES[1:] + _DAYNAMES[1:]) + ')',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))', '%': '%',
}
_STRPTIME_DIRECTIVES['B'] = _STRPTIME_DIRECTIVES['b'].replace('<b>', '<B>')
_STRPTIME_DIRECTIVES['A'] = _STRPTIME_DIRECTIVES['a'].replace('<a>', '<A>')


def _strptime(cls, data, fmt):
    import re
    if not isinstance(data, str):
        raise TypeError(f'strptime() argument 1 must be str, not {type(data).__name__}')
    if not isinstance(fmt, str):
        raise TypeError(f'strptime() argument 2 must be str, not {type(fmt).__name__}')
    pattern = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _STRPTIME_DIRECTIVES:
                raise ValueError(f"'{d}' is a bad directive in format '{fmt}'")
            pattern.append(_STRPTIME_DIRECTIVES[d])
            i += 2
        elif ch == '%':
            raise ValueError("stray % in format '%s'" % fmt)
        elif ch.isspace():
            pattern.append(r'\s+')
            i += 1
        else:
            pattern.append(re.escape(ch))
            i += 1
    m = re.match('(?i)' + ''.join(pattern), data)
    if m is None:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if m.end() != len(data):
        raise ValueError('unconverted data remains: %s' % data[m.end():])
    g = m.groupdict()
    year, month, day, hour, minute, second, us = 1900, 1, 1, 0, 0, 0, 0
    tz = None
    if g.get('Y'):
        year = int(g['Y'])
    if g.get('y'):
        yy = int(g['y'])
        year = yy + (2000 if yy <= 68 else 1900)
    if g.get('m'):
        month = int(g['m'])
    for key in ('b', 'B'):
        if g.get(key):
            name = g[key].lower()
            for k in range(1, 13):
                if name in (_MONTHNAMES[k].lower(), _FULLMONTHNAMES[k].lower()):
                    month = k
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    if g.get('I'):
        hour = int(g['I']) % 12
        if (g.get('p') or '').lower() == 'pm':
            hour += 12
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        us = int((g['f'] + '000000')[:6])
    if g.get('j') and not g.get('m') and not g.get('d'):
        d = date(year, 1, 1) + timedelta(int(g['j']) - 1)
        month, day = d.month, d.day
    if g.get('z'):
        z = g['z']
        if z in ('Z', 'z'):
            tz = timezone.utc
        else:
            body = z[1:].replace(':', '')
            off = timedelta(hours=int(body[:2]), minutes=int(body[2:4]), seconds=int(body[4:6] or 0))
            tz = timezone(-off if z[0] == '-' else off)
    return cls(year, month, day, hour, minute, second, us, tz)
`
