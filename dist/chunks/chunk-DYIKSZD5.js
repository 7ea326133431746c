import { createRequire as __grantbookCreateRequire } from 'node:module';
const require = __grantbookCreateRequire(import.meta.url);
import {
  parseInstant
} from "./chunk-VIPNLK4T.js";
import {
  ProviderError
} from "./chunk-F3R5FBMV.js";
import {
  matches
} from "./chunk-VBI6FCSW.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-GOSKQMZY.js";

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches2 = DATE_TIME.exec(isoDate);
      if (!matches2) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches2[8];
      var year = parseInt(matches2[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches2[2], 10) - 1;
      var day = matches2[3];
      var hour = parseInt(matches2[4], 10);
      var minute = parseInt(matches2[5], 10);
      var second = parseInt(matches2[6], 10);
      var ms = matches2[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches2 = DATE.exec(isoDate);
      if (!matches2) {
        return;
      }
      var year = parseInt(matches2[1], 10);
      var isBC = !!matches2[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches2[2], 10) - 1;
      var day = matches2[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse(interval) {
      if (!interval) return {};
      var matches2 = INTERVAL.exec(interval);
      var isNegative = matches2[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches2[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string) {
      return parseInt(string, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE2 = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE2;
        high = high / BASE2 >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE2 >>> 0;
        digits = "" + (t - BASE2 * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE2;
        high = high / BASE2 >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE2 >>> 0;
        digits = "" + (t - BASE2 * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE2;
        high = high / BASE2 >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE2 >>> 0;
        digits = "" + (t - BASE2 * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE2;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE2;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier = function(str) {
      return '"' + str.replace(/"/g, '""') + '"';
    };
    var escapeLiteral = function(str) {
      let hasBackslash = false;
      let escaped = "'";
      if (str == null) {
        return "''";
      }
      if (typeof str !== "string") {
        return "''";
      }
      for (let i = 0; i < str.length; i++) {
        const c = str[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier,
      escapeLiteral
    };
  }
});

// src/providers/postgres/view-plan.ts
var import_utils2 = __toESM(require_utils(), 1);

// src/shared/rows.ts
var MASK_NAMES = ["hash", "last4", "domain", "null"];
var ROW_LIMITS = {
  /** Conditions per grant, ANDed. */
  conditions: 8,
  /** Values of one list. */
  values: 100,
  /** Masked columns of one grant. */
  masked: 200
};
function isRange(condition) {
  return "from" in condition;
}
function conditionKind(condition) {
  return isRange(condition) ? "range" : "values";
}
function describeCondition(condition) {
  if (isRange(condition)) return `${condition.column} from ${condition.from} to ${condition.to} (excluded)`;
  const shown = condition.values.map((v) => typeof v === "number" ? String(v) : JSON.stringify(v));
  return condition.values.length === 1 ? `${condition.column} = ${shown[0] ?? ""}` : `${condition.column} in (${shown.join(", ")})`;
}
function describeRows(rows) {
  return rows.map(describeCondition).join(" and ");
}
function describeMasked(masked) {
  return masked.map((m) => `${m.column} as ${m.mask}`).join(", ");
}

// src/request/view-grant.ts
function maskName(raw) {
  return raw ?? "null";
}
function rowsFromRaw(raw) {
  return Object.entries(raw).map(
    ([column, filter]) => Array.isArray(filter) ? { column, values: [...filter] } : { column, from: filter.from, to: filter.to }
  );
}
function maskedFromRaw(raw) {
  return Object.entries(raw).map(([column, mask]) => ({ column, mask: maskName(mask) }));
}

// src/providers/postgres/names.ts
var import_utils = __toESM(require_utils(), 1);
import { createHash } from "node:crypto";
var MAX_IDENTIFIER_BYTES = 63;
var ROLE_PREFIX = "gb_";
var TARGET_DIGEST_HEX = 11;
var LEGACY_ROLE_PREFIX = "grantbook_req_";
var CURRENT_ROLE = new RegExp(`^${ROLE_PREFIX}([0-9a-f]{${TARGET_DIGEST_HEX}})_([a-z0-9_]+)$`, "u");
function targetDigest(target) {
  return createHash("sha256").update(target, "utf8").digest("hex").slice(0, TARGET_DIGEST_HEX);
}
function targetRolePrefix(target) {
  return `${ROLE_PREFIX}${targetDigest(target)}_`;
}
function checkedRequestId(target, requestId) {
  if (!matches("requestId", requestId)) {
    throw new ProviderError("E_PROVIDER_INVALID_GRANT", target, "the request id is not in the request id pattern");
  }
  return requestId.replaceAll("-", "_");
}
function requestRoleName(target, requestId) {
  const role = targetRolePrefix(target) + checkedRequestId(target, requestId);
  if (Buffer.byteLength(role, "utf8") > MAX_IDENTIFIER_BYTES) {
    throw new ProviderError("E_PG_ROLE_NAME_TOO_LONG", target, `role for request ${requestId} would exceed ${MAX_IDENTIFIER_BYTES} bytes`);
  }
  return role;
}
var VIEW_SCHEMA_PREFIX = "gv_";
var KEY_SCHEMA_PREFIX = "gk_";
function viewSchemaName(target, requestId) {
  return VIEW_SCHEMA_PREFIX + requestRoleName(target, requestId).slice(ROLE_PREFIX.length);
}
function keySchemaName(target, requestId) {
  return KEY_SCHEMA_PREFIX + requestRoleName(target, requestId).slice(ROLE_PREFIX.length);
}
function legacyRoleName(target, requestId) {
  return LEGACY_ROLE_PREFIX + checkedRequestId(target, requestId);
}
function parseRoleName(role) {
  const current = CURRENT_ROLE.exec(role);
  if (current !== null) {
    const requestId2 = (current[2] ?? "").replaceAll("_", "-");
    return matches("requestId", requestId2) ? { kind: "current", digest: current[1] ?? "", requestId: requestId2 } : void 0;
  }
  if (!role.startsWith(LEGACY_ROLE_PREFIX)) return void 0;
  const requestId = role.slice(LEGACY_ROLE_PREFIX.length).replaceAll("_", "-");
  return matches("requestId", requestId) ? { kind: "legacy", requestId } : void 0;
}
function isRequestRoleName(name) {
  return name.startsWith(LEGACY_ROLE_PREFIX) || CURRENT_ROLE.test(name);
}
function qualifiedTable(schema, table) {
  return `${import_utils.default.escapeIdentifier(schema)}.${import_utils.default.escapeIdentifier(table)}`;
}
function isSystemSchema(schema) {
  return schema.startsWith("pg_") || schema === "information_schema";
}

// src/providers/postgres/view-check.ts
function isViewSpec(spec) {
  return spec.rows !== void 0 || spec.masked !== void 0;
}
var unique = (items) => new Set(items).size === items.length;
function viewProblem(spec) {
  if (spec.privileges.length !== 1 || spec.privileges[0] !== "SELECT") return "a view grant carries SELECT only";
  if (spec.columns === void 0 || spec.columns.length === 0) return "a view grant names its columns";
  const columns = spec.columns;
  const rows = spec.rows ?? [];
  const masked = spec.masked ?? [];
  if (spec.rows !== void 0 && (rows.length === 0 || rows.length > ROW_LIMITS.conditions)) return `rows must hold 1 to ${ROW_LIMITS.conditions} conditions`;
  if (spec.masked !== void 0 && (masked.length === 0 || masked.length > ROW_LIMITS.masked)) return `masked must hold 1 to ${ROW_LIMITS.masked} columns`;
  if (!unique(rows.map((r) => r.column)) || !rows.every((r) => matches("identifier", r.column))) return "row filter columns must be unique identifiers";
  for (const condition of rows) {
    const problem = conditionProblem(condition);
    if (problem !== void 0) return `the filter on ${condition.column}: ${problem}`;
  }
  if (!unique(masked.map((m) => m.column))) return "a column is masked twice";
  for (const m of masked) {
    if (!columns.includes(m.column)) return `masked column ${m.column} is not granted`;
    if (!MASK_NAMES.includes(m.mask)) return `column ${m.column} has an unknown mask`;
  }
  return void 0;
}
function conditionProblem(condition) {
  if (isRange(condition)) {
    const from = matches("instant", condition.from) ? parseInstant(condition.from) : void 0;
    const to = matches("instant", condition.to) ? parseInstant(condition.to) : void 0;
    return from !== void 0 && to !== void 0 && from < to ? void 0 : "the range is not two instants, from before to";
  }
  const values = condition.values;
  if (values.length === 0 || values.length > ROW_LIMITS.values) return `it must list 1 to ${ROW_LIMITS.values} values`;
  if (!unique(values)) return "a value is listed twice";
  const fits = (v) => typeof v === "number" ? Number.isSafeInteger(v) && v >= 0 : typeof v === "string" && matches("rowText", v);
  return values.every(fits) ? void 0 : "a value is neither a whole number nor plain text";
}
function viewGrantsOf(specs) {
  const views = [];
  for (const spec of specs) {
    if (views.some((v) => v.view === spec.table)) return { views, clash: spec.table };
    views.push({ schema: spec.schema, table: spec.table, view: spec.table, columns: spec.columns ?? [], rows: spec.rows ?? [], masked: spec.masked ?? [] });
  }
  return { views };
}
function usesHashKey(views) {
  return views.some((v) => v.masked.some((m) => m.mask === "hash"));
}

// src/providers/postgres/view-plan.ts
var { escapeIdentifier: ident, escapeLiteral: lit } = import_utils2.default;
var sql = (text, why) => ({ kind: "sql", text, why });
var check = (text, why) => ({ ...sql(text, why), readOnly: true });
var HASH_KEY_TABLE = "hash_key";
var scratchViewName = (i) => `gb-readback-${i + 1}`;
var BASE = "t";
function keyPad(checked, pad) {
  return `(SELECT k.${pad} FROM ${qualifiedTable(checked.keySchema, HASH_KEY_TABLE)} AS k)`;
}
function maskExpression(checked, column, mask) {
  const text = `${BASE}.${ident(column)}::text`;
  switch (mask) {
    case "null":
      return "NULL::text";
    case "last4":
      return `CASE WHEN length(${text}) > 4 THEN right(${text}, 4) END`;
    case "domain":
      return `lower(substring(${text} FROM '@([^@]*)$'))`;
    case "hash":
      return `encode(sha256(${keyPad(checked, "opad")} || sha256(${keyPad(checked, "ipad")} || convert_to(${text}, 'UTF8'))), 'hex')`;
  }
}
function conditionSql(condition) {
  const column = `${BASE}.${ident(condition.column)}`;
  if (isRange(condition)) return `${column} >= ${lit(condition.from)} AND ${column} < ${lit(condition.to)}`;
  return `${column} IN (${condition.values.map((v) => lit(String(v))).join(", ")})`;
}
function viewQuery(checked, v, expiresAt) {
  const columns = v.columns.map((c) => {
    const mask = v.masked.find((m) => m.column === c)?.mask;
    return mask === void 0 ? `${BASE}.${ident(c)}` : `${maskExpression(checked, c, mask)} AS ${ident(c)}`;
  });
  const until = `${lit(expiresAt)}::timestamptz`;
  const where = [...v.rows.map(conditionSql), `statement_timestamp() < ${until}`, `clock_timestamp() < ${until}`];
  return `SELECT ${columns.join(", ")} FROM ${qualifiedTable(v.schema, v.table)} AS ${BASE} WHERE ${where.join(" AND ")}`;
}
function createViewSql(checked, name, v, expiresAt) {
  return `CREATE VIEW ${qualifiedTable(checked.viewSchema, name)} WITH (security_barrier) AS ${viewQuery(checked, v, expiresAt)}`;
}
var PIN_SEARCH_PATH_SQL = "SET LOCAL search_path = pg_catalog, pg_temp";
var pinSearchPath = sql(
  PIN_SEARCH_PATH_SQL,
  "Functions and operators in the views and the key below resolve to PostgreSQL's own, never to ones someone created in another schema."
);
function viewStatements(checked, expiresAt, tag) {
  const role = ident(checked.role);
  const schema = ident(checked.viewSchema);
  const keySchema = ident(checked.keySchema);
  const keyTable = qualifiedTable(checked.keySchema, HASH_KEY_TABLE);
  const zeros = `decode(repeat('00', 32), 'hex')`;
  const pad = (byte) => `decode(string_agg(lpad(to_hex(get_byte(k.key, i) # ${byte}), 2, '0'), '' ORDER BY i), 'hex')`;
  const hash = usesHashKey(checked.views);
  return {
    schema: [
      sql(`CREATE SCHEMA ${schema}`, "The request's own schema, owned by the grantor: the views below live here and nowhere else."),
      sql(`COMMENT ON SCHEMA ${schema} IS ${lit(tag)}`, "Tags the schema like the role, so revocation knows it is this request's to drop.")
    ],
    keySchema: hash ? [
      sql(`CREATE SCHEMA ${keySchema}`, "The request's hash key lives apart, in a schema only the grantor can use."),
      sql(`COMMENT ON SCHEMA ${keySchema} IS ${lit(tag)}`, "Tags the key schema like the role.")
    ] : [],
    keyTable: hash ? [
      sql(`CREATE TABLE ${keyTable} (ipad bytea NOT NULL, opad bytea NOT NULL)`, "Holds the key as HMAC-SHA-256 pads; nobody but the grantor may read it."),
      sql(
        `INSERT INTO ${keyTable} (ipad, opad) SELECT ${pad(54)}, ${pad(92)} FROM (SELECT sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')) || ${zeros} AS key) AS k, generate_series(0, 63) AS i`,
        "A 256-bit key drawn on the server from its strong random source: it never leaves the server, so no plan, log or view definition holds it. Hashes match within this request only."
      )
    ] : [],
    views: checked.views.map((v) => ({
      view: v.view,
      create: sql(
        createViewSql(checked, v.view, v, expiresAt),
        `Only ${v.columns.length === 1 ? "this column" : "these columns"}${v.masked.length > 0 ? " (masked as shown)" : ""}${v.rows.length > 0 ? ", only rows matching the filter" : ""}, nothing after expires_at. security_barrier: the grantee's own conditions and functions run only on rows the view lets through.`
      )
    })),
    grants: [
      sql(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`, "Lets the grantee name the views; the schema holds nothing else."),
      ...checked.views.map(
        (v) => sql(
          `GRANT SELECT ON TABLE ${qualifiedTable(checked.viewSchema, v.view)} TO ${role}`,
          `Reads through the view only; nothing on ${v.schema}.${v.table} itself.`
        )
      )
    ]
  };
}
function flattenViewStatements(s) {
  return [...s.schema, ...s.keySchema, ...s.keyTable, ...s.views.map((v) => v.create), ...s.grants];
}
function dropSchemaOperations(checked) {
  const why = (what) => `Drops the schema of ${what} with everything in it (only its own objects: anything else depending on them stops the revocation first); the tables are untouched.`;
  return {
    views: sql(`DROP SCHEMA IF EXISTS ${ident(checked.viewSchema)} CASCADE`, why("the request's views")),
    key: sql(`DROP SCHEMA IF EXISTS ${ident(checked.keySchema)} CASCADE`, why("the request's hash key, which goes with it"))
  };
}
function definitionReadBack(checked, expiresAt) {
  const pairs = checked.views.map((v, i) => `(${lit(v.view)}, ${lit(scratchViewName(i))})`);
  const regclass = (name) => `to_regclass(format('%I.%I', ${lit(checked.viewSchema)}, ${name}))`;
  return {
    create: checked.views.map(
      (v, i) => check(createViewSql(checked, scratchViewName(i), v, expiresAt), "Read-back: the planned view again under a scratch name, rolled back below.")
    ),
    compare: check(
      `SELECT v.name, coalesce(pg_get_viewdef(${regclass("v.name")}) = pg_get_viewdef(${regclass("v.scratch")}), false) AS same FROM (VALUES ${pairs.join(", ")}) AS v(name, scratch)`,
      "Read-back: each view is defined exactly as planned (compared with the scratch view, as the server prints both)."
    )
  };
}

// src/providers/postgres/privileges.ts
var POSTGRES_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES"];
var NEVER_GRANTED = /* @__PURE__ */ new Set([
  "ALL",
  "ALL_PRIVILEGES",
  "CREATE",
  "USAGE",
  "TEMP",
  "TEMPORARY",
  "CONNECT",
  "EXECUTE",
  "MAINTAIN",
  "TRIGGER",
  "SET",
  "ALTER_SYSTEM"
]);
var TABLE_LEVEL_ONLY = /* @__PURE__ */ new Set(["DELETE", "TRUNCATE"]);
function isDangerousPrivilege(privilege) {
  return NEVER_GRANTED.has(privilege) || privilege.includes("GRANT");
}
function isPostgresPrivilege(privilege) {
  return POSTGRES_PRIVILEGES.includes(privilege);
}
function isTableLevelOnly(privilege) {
  return TABLE_LEVEL_ONLY.has(privilege);
}

// src/providers/postgres/validate.ts
var TABLE_ONLY = /* @__PURE__ */ new Set(["DELETE", "TRUNCATE"]);
var PRIVILEGES = new Set(POSTGRES_PRIVILEGES);
function checkGrant(grant, purpose = "grant") {
  const target = grant.target.name;
  const invalid = (what) => new ProviderError("E_PROVIDER_INVALID_GRANT", target, `request ${grant.requestId}: ${what}`);
  const role = requestRoleName(target, grant.requestId);
  if (!matches("identifier", grant.principal)) throw invalid("the principal is not a plain PostgreSQL identifier");
  if (!matches("identifier", grant.target.grantorRole)) throw invalid("the grantor role is not a plain PostgreSQL identifier");
  const lenient = purpose === "revoke";
  if (!lenient && parseInstant(grant.expiresAt) === void 0) throw invalid("expires_at is not an RFC 3339 UTC instant");
  const unsafe = principalRefusal(grant);
  if (unsafe !== void 0) {
    throw new ProviderError("E_PG_PRINCIPAL_UNSAFE", target, `request ${grant.requestId}: principal ${grant.principal} ${unsafe}`);
  }
  if (!lenient && grant.grants.length === 0) throw invalid("no grants");
  const viewSpecs = [];
  const all = grant.grants.map((spec, i) => {
    if (spec.kind !== "table") {
      const other = spec;
      throw new ProviderError("E_PROVIDER_KIND_UNSUPPORTED", target, `grant ${i + 1} is a ${other.kind} grant; postgres grants tables`);
    }
    if (!matches("identifier", spec.schema) || !matches("identifier", spec.table)) {
      throw invalid(`grant ${i + 1}: the table name is not a plain PostgreSQL identifier`);
    }
    if (isSystemSchema(spec.schema)) {
      throw new ProviderError("E_PG_TABLE_SYSTEM", target, `grant ${i + 1}: ${spec.schema}.${spec.table} is in a system schema`);
    }
    const privileges = spec.privileges;
    if (privileges.length === 0 || new Set(privileges).size !== privileges.length || !privileges.every((p) => PRIVILEGES.has(p))) {
      throw invalid(`grant ${i + 1}: privileges must be unique and among ${POSTGRES_PRIVILEGES.join(", ")}`);
    }
    const columns = spec.columns ?? [];
    if (spec.columns !== void 0) {
      if (columns.length === 0 || new Set(columns).size !== columns.length || !columns.every((c) => matches("identifier", c))) {
        throw invalid(`grant ${i + 1}: columns must be unique plain PostgreSQL identifiers`);
      }
      const rowLevel = privileges.filter((p) => TABLE_ONLY.has(p));
      if (rowLevel.length > 0) {
        throw new ProviderError("E_PG_PRIVILEGE_NOT_COLUMN", target, `grant ${i + 1}: ${rowLevel.join(", ")} cannot be granted on columns`);
      }
    }
    if (isViewSpec(spec)) {
      const problem = viewProblem(spec);
      if (problem !== void 0) throw invalid(`grant ${i + 1}: ${problem}`);
      viewSpecs.push(spec);
    }
    return { schema: spec.schema, table: spec.table, privileges, columns };
  });
  const { views, clash } = viewGrantsOf(viewSpecs);
  if (clash !== void 0) throw invalid(`two view grants would both create the view ${clash}`);
  const tables = all.filter((_, i) => !isViewSpec(grant.grants[i]));
  return {
    role,
    principal: grant.principal,
    grantor: grant.target.grantorRole,
    tables,
    views,
    viewSchema: viewSchemaName(target, grant.requestId),
    keySchema: keySchemaName(target, grant.requestId)
  };
}
function principalRefusal(grant) {
  const { principal, target } = grant;
  if (principal === target.grantorRole) return "is the grantor role";
  if (principal.startsWith("pg_")) return "is a reserved pg_* role";
  if (isRequestRoleName(principal)) return "is a per-request role";
  if (target.protectedRoles.includes(principal)) return "is a protected role of the target";
  return void 0;
}

// src/providers/postgres/plan.ts
var import_utils4 = __toESM(require_utils(), 1);

// src/providers/postgres/tag.ts
var TAG_MARKER = '{"grantbook":1,';
function formatTag(tag) {
  return JSON.stringify({
    grantbook: 1,
    request: tag.request,
    target: tag.target,
    principal: tag.principal,
    expires_at: tag.expiresAt
  });
}
function parseTag(comment) {
  if (typeof comment !== "string" || !comment.startsWith(TAG_MARKER)) return { kind: "none" };
  let value;
  try {
    value = JSON.parse(comment);
  } catch {
    return { kind: "unreadable" };
  }
  if (typeof value !== "object" || value === null) return { kind: "unreadable" };
  const { request, target, principal, expires_at: expiresAt } = value;
  if (typeof request !== "string" || !matches("requestId", request) || typeof target !== "string" || !matches("name", target) || typeof principal !== "string" || !matches("identifier", principal) || typeof expiresAt !== "string" || parseInstant(expiresAt) === void 0) {
    return { kind: "unreadable" };
  }
  return { kind: "ok", tag: { request, target, principal, expiresAt } };
}

// src/providers/postgres/view-readback.ts
var import_utils3 = __toESM(require_utils(), 1);
var { escapeLiteral: lit2 } = import_utils3.default;
var check2 = (text, why) => ({ kind: "sql", text, why, readOnly: true });
var others = (acl, owner, expected) => `ARRAY(SELECT format('%s %s', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, a.privilege_type) FROM aclexplode(${acl}) AS a WHERE a.grantee <> ${owner}${expected === void 0 ? "" : ` AND NOT (${expected})`} ORDER BY 1)`;
function schemaReadBack(checked) {
  return `SELECT v.nspname, n.oid IS NOT NULL AS present, pg_get_userbyid(n.nspowner) AS owner, obj_description(n.oid, 'pg_namespace') AS tag, has_schema_privilege(p.oid, n.oid, 'USAGE') AS usable, (SELECT count(*)::int FROM pg_class c WHERE c.relnamespace = n.oid) AS relations, ${others("n.nspacl", "n.nspowner", `v.n = 1 AND a.grantee = r.oid AND a.privilege_type = 'USAGE'`)} AS extra FROM (VALUES (1, ${lit2(checked.viewSchema)}), (2, ${lit2(checked.keySchema)})) AS v(n, nspname) LEFT JOIN pg_namespace n ON n.nspname = v.nspname LEFT JOIN pg_roles p ON p.rolname = ${lit2(checked.principal)} LEFT JOIN pg_roles r ON r.rolname = ${lit2(checked.role)} ORDER BY v.n`;
}
function viewObjectReadBack(checked) {
  const names = checked.views.map((v) => `(${lit2(v.view)})`).join(", ");
  return `SELECT v.name, c.oid IS NOT NULL AS present, c.relkind::text AS relkind, pg_get_userbyid(c.relowner) AS owner, coalesce('security_barrier=true' = ANY (c.reloptions), false) AS barrier, has_table_privilege(p.oid, c.oid, 'SELECT') AS selectable, ${others("c.relacl", "c.relowner", `a.grantee = r.oid AND a.privilege_type = 'SELECT'`)} || ARRAY(SELECT format('column %s', att.attname) FROM pg_attribute att WHERE att.attrelid = c.oid AND att.attacl IS NOT NULL) AS extra FROM (VALUES ${names}) AS v(name) LEFT JOIN pg_namespace n ON n.nspname = ${lit2(checked.viewSchema)} LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = v.name LEFT JOIN pg_roles p ON p.rolname = ${lit2(checked.principal)} LEFT JOIN pg_roles r ON r.rolname = ${lit2(checked.role)}`;
}
function keyTableReadBack(checked) {
  return `SELECT c.oid IS NOT NULL AS present, pg_get_userbyid(c.relowner) AS owner, ${others("c.relacl", "c.relowner")} AS extra FROM (VALUES (1)) AS one(x) LEFT JOIN pg_class c ON c.oid = to_regclass(${lit2(qualifiedTable(checked.keySchema, HASH_KEY_TABLE))})`;
}
function keyCountReadBack(checked) {
  return `SELECT count(*)::int AS keys FROM ${qualifiedTable(checked.keySchema, HASH_KEY_TABLE)}`;
}
function viewCatalogReadBack(checked) {
  if (checked.views.length === 0) return [];
  return [
    check2(schemaReadBack(checked), "Read-back: the request's schemas, their owner and tag, and that only the request's role may use the view schema."),
    check2(viewObjectReadBack(checked), "Read-back: each view is a security_barrier view of the grantor, readable by the grantee and by nobody else."),
    ...usesHashKey(checked.views) ? [
      check2(keyTableReadBack(checked), "Read-back: the key table is the grantor's and nobody else may read it."),
      check2(keyCountReadBack(checked), "Read-back: it holds exactly one key.")
    ] : []
  ];
}
function schemasGoneReadBack(checked) {
  return check2(
    `SELECT nspname FROM pg_namespace WHERE nspname IN (${lit2(checked.viewSchema)}, ${lit2(checked.keySchema)})`,
    "Read-back: the request's schemas are gone."
  );
}

// src/providers/postgres/plan.ts
var { escapeIdentifier: ident2, escapeLiteral: lit3 } = import_utils4.default;
var TERMINATE_TIMEOUT_MS = 5e3;
var sql2 = (text, why) => ({ kind: "sql", text, why });
function privilegeList(t) {
  if (t.columns.length === 0) return t.privileges.join(", ");
  const columns = t.columns.map(ident2).join(", ");
  return t.privileges.map((p) => `${p} (${columns})`).join(", ");
}
function grantStatements(grant, checked = checkGrant(grant)) {
  const role = ident2(checked.role);
  const tag = formatTag({
    request: grant.requestId,
    target: grant.target.name,
    principal: checked.principal,
    expiresAt: grant.expiresAt
  });
  return {
    begin: sql2("BEGIN", "Everything below commits together or not at all."),
    createRole: sql2(`CREATE ROLE ${role} NOLOGIN`, "One role per request; it cannot log in and holds only the privileges below."),
    changes: [
      sql2(
        `COMMENT ON ROLE ${role} IS ${lit3(tag)}`,
        "Tags the role with the request and its expiry, so revocation can find it even if the ledger write is lost."
      ),
      ...checked.tables.map(
        (t) => sql2(
          `GRANT ${privilegeList(t)} ON TABLE ${qualifiedTable(t.schema, t.table)} TO ${role}`,
          t.columns.length === 0 ? "Whole-table privileges, as the profile allows for this table." : 'Column privileges: only the listed columns, never "table minus columns".'
        )
      )
    ],
    ...checked.views.length > 0 ? { views: viewStatements(checked, grant.expiresAt, tag) } : {},
    membership: sql2(
      `GRANT ${role} TO ${ident2(checked.principal)} WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
      "Usable without SET ROLE; SET FALSE: the grantee cannot become the role or own anything as it; ADMIN FALSE: cannot pass it on."
    ),
    commit: sql2("COMMIT", "Applies the grant, only if the read-back shows every privilege in effect.")
  };
}
function revokeStatements(grant, checked = checkGrant(grant)) {
  const role = ident2(checked.role);
  return {
    revokeMembership: sql2(
      `REVOKE ${role} FROM ${ident2(checked.principal)}`,
      "Ends the membership first, on its own commit, so access stops even if a later step fails."
    ),
    // A session is connected to one database and can use privileges on that
    // database's tables only, and the role was granted privileges in this one
    // only (any granted to it elsewhere by hand make DROP ROLE fail, loudly).
    // The grantee's sessions elsewhere (another target of the cluster, their
    // own databases) cannot use this grant and are left alone.
    terminate: sql2(
      `SELECT pid, pg_terminate_backend(pid, ${TERMINATE_TIMEOUT_MS}) AS terminated FROM pg_stat_activity WHERE usename = ${lit3(checked.principal)} AND datname = current_database() AND pid <> pg_backend_pid()`,
      "Ends the grantee's sessions in this database: an open cursor or transaction could otherwise keep reading."
    ),
    drop: [
      sql2("BEGIN", "Drops the role atomically."),
      sql2(
        `GRANT ${role} TO ${ident2(checked.grantor)} WITH INHERIT TRUE, SET FALSE, ADMIN FALSE`,
        "DROP OWNED needs the privileges of the role; the grantor holds them only inside this transaction."
      ),
      sql2(`DROP OWNED BY ${role}`, "Revokes every privilege granted to the role here, following renamed tables. Refused beforehand if the role owns anything."),
      sql2(`DROP ROLE ${role}`, "Removes the role and every membership in it."),
      sql2("COMMIT", "Completes the revocation.")
    ],
    dropSchemas: dropSchemaOperations(checked)
  };
}
function roleReadBack(checked) {
  return `SELECT r.oid::int8 AS role_oid, shobj_description(r.oid, 'pg_authid') AS tag, p.oid IS NOT NULL AS principal_exists, pg_has_role(p.oid, r.oid, 'MEMBER') AS member, pg_has_role(p.oid, r.oid, 'USAGE') AS inherits FROM (VALUES (1)) AS one(x) LEFT JOIN pg_roles r ON r.rolname = ${lit3(checked.role)} LEFT JOIN pg_roles p ON p.rolname = ${lit3(checked.principal)}`;
}
function privilegeReadBack(checked) {
  const rows = checked.tables.flatMap(
    (t) => t.privileges.flatMap(
      (p) => (t.columns.length === 0 ? [null] : t.columns).map((c) => `(${lit3(t.schema)}, ${lit3(t.table)}, ${c === null ? "NULL" : lit3(c)}, ${lit3(p)})`)
    )
  );
  return `SELECT v.nsp, v.rel, v.col, v.priv, CASE WHEN v.col IS NULL THEN has_table_privilege(p.oid, c.oid, v.priv) ELSE has_column_privilege(p.oid, c.oid, a.attnum, v.priv) END AS held FROM (VALUES ${rows.join(", ")}) AS v(nsp, rel, col, priv) LEFT JOIN pg_roles p ON p.rolname = ${lit3(checked.principal)} LEFT JOIN pg_namespace n ON n.nspname = v.nsp LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = v.rel LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = v.col AND a.attnum > 0 AND NOT a.attisdropped`;
}
function readBackOperations(checked) {
  return [
    { ...sql2(roleReadBack(checked), "Read-back: the role, its tag and whether the grantee is a member."), readOnly: true },
    ...checked.tables.length === 0 ? [] : [{ ...sql2(privilegeReadBack(checked), "Read-back: each planned privilege as the grantee holds it now, whatever its source."), readOnly: true }]
  ];
}
var READBACK_SAVEPOINT = {
  open: { ...sql2("SAVEPOINT grantbook_readback", "Read-back: the scratch views below are undone at the end."), readOnly: true },
  close: {
    ...sql2("ROLLBACK TO SAVEPOINT grantbook_readback", "Read-back: undoes the scratch views; nothing else happened since the savepoint."),
    readOnly: true
  }
};
function grantReadBack(grant, checked) {
  if (checked.views.length === 0) return readBackOperations(checked);
  const definitions = definitionReadBack(checked, grant.expiresAt);
  return [
    ...readBackOperations(checked),
    ...viewCatalogReadBack(checked),
    READBACK_SAVEPOINT.open,
    ...definitions.create,
    definitions.compare,
    READBACK_SAVEPOINT.close
  ];
}
function planPostgres(grant) {
  const checked = checkGrant(grant);
  const g = grantStatements(grant, checked);
  const r = revokeStatements(grant, checked);
  const [begin, ...roleDrop] = r.drop;
  const schemaDrops = checked.views.length === 0 ? [] : [r.dropSchemas.views, ...usesHashKey(checked.views) ? [r.dropSchemas.key] : []];
  return {
    grant: [
      g.begin,
      ...g.views === void 0 ? [] : [pinSearchPath],
      g.createRole,
      ...g.changes,
      ...g.views === void 0 ? [] : flattenViewStatements(g.views),
      g.membership,
      ...grantReadBack(grant, checked),
      g.commit
    ],
    revoke: [
      r.revokeMembership,
      r.terminate,
      ...begin === void 0 ? [] : [begin],
      ...schemaDrops,
      ...roleDrop,
      ...readBackOperations(checked),
      ...checked.views.length === 0 ? [] : [schemasGoneReadBack(checked)]
    ],
    ...checked.views.length === 0 ? {} : { notes: viewNotes(checked) }
  };
}
function viewNotes(checked) {
  return checked.views.map((v) => `${v.schema}.${v.table} is read as ${checked.viewSchema}.${v.view}`);
}
var postgresPlanner = {
  id: "postgres",
  kinds: ["table"],
  recordsHeld: false,
  plan: planPostgres
};

export {
  MASK_NAMES,
  ROW_LIMITS,
  isRange,
  conditionKind,
  describeRows,
  describeMasked,
  maskName,
  rowsFromRaw,
  maskedFromRaw,
  POSTGRES_PRIVILEGES,
  NEVER_GRANTED,
  isDangerousPrivilege,
  isPostgresPrivilege,
  isTableLevelOnly,
  require_pg_types,
  require_defaults,
  require_utils,
  LEGACY_ROLE_PREFIX,
  targetDigest,
  targetRolePrefix,
  legacyRoleName,
  parseRoleName,
  qualifiedTable,
  parseTag,
  usesHashKey,
  HASH_KEY_TABLE,
  conditionSql,
  PIN_SEARCH_PATH_SQL,
  pinSearchPath,
  definitionReadBack,
  schemaReadBack,
  viewObjectReadBack,
  keyTableReadBack,
  keyCountReadBack,
  checkGrant,
  grantStatements,
  revokeStatements,
  roleReadBack,
  privilegeReadBack,
  READBACK_SAVEPOINT,
  planPostgres,
  postgresPlanner
};
