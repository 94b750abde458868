package dev.mycel.policy;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.treesitter.TSParser;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterPython;

/**
 * Parses code with tree-sitter and copies the tree into {@link SyntaxNode}s by calling the C
 * library directly through the JDK's foreign-function API.
 *
 * <p>The JNI binding (io.github.bonede) ships and loads the native libraries, and is used for
 * nothing else: each of its calls costs microseconds, and copying a tree of a 2 KB script
 * takes ~10 of them per node (~20 ms), while a direct downcall costs tens of nanoseconds.
 * Thread-safe: parsers are pooled, since a tree-sitter parser serves one parse at a time.
 */
final class SyntaxTrees {

    /** Deeper trees are hostile or generated; walking them would cost unbounded memory. */
    static final int MAX_DEPTH = 400;
    private static final short ERROR_SYMBOL = (short) 0xFFFF;

    private static final StructLayout NODE = MemoryLayout.structLayout(
            MemoryLayout.sequenceLayout(4, JAVA_INT), ADDRESS, ADDRESS);
    private static final StructLayout CURSOR = MemoryLayout.structLayout(
            ADDRESS, ADDRESS, MemoryLayout.sequenceLayout(3, JAVA_INT), MemoryLayout.paddingLayout(4));

    private static final MethodHandle PARSER_NEW;
    private static final MethodHandle SET_LANGUAGE;
    private static final MethodHandle PARSE_STRING;
    private static final MethodHandle TREE_DELETE;
    private static final MethodHandle ROOT_NODE;
    private static final MethodHandle CURSOR_NEW;
    private static final MethodHandle CURSOR_DELETE;
    private static final MethodHandle CURSOR_NODE;
    private static final MethodHandle CURSOR_FIELD_ID;
    private static final MethodHandle FIRST_CHILD;
    private static final MethodHandle NEXT_SIBLING;
    private static final MethodHandle PARENT;
    private static final MethodHandle SYMBOL;
    private static final MethodHandle START_BYTE;
    private static final MethodHandle END_BYTE;
    private static final MethodHandle IS_NAMED;
    private static final MethodHandle IS_MISSING;
    private static final MethodHandle HAS_ERROR;
    private static final MethodHandle SYMBOL_NAME;
    private static final MethodHandle FIELD_NAME;
    private static final Map<Language, MemorySegment> LANGUAGES = new EnumMap<>(Language.class);

    static {
        // loads libtree-sitter and the three grammars with System.load, where loaderLookup finds them
        new TSParser();
        new TreeSitterBash();
        new TreeSitterPython();
        new TreeSitterJavascript();
        SymbolLookup lib = SymbolLookup.loaderLookup();
        Linker linker = Linker.nativeLinker();
        Downcalls d = new Downcalls(lib, linker);
        PARSER_NEW = d.of("ts_parser_new", FunctionDescriptor.of(ADDRESS));
        SET_LANGUAGE = d.of("ts_parser_set_language", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
        PARSE_STRING = d.of("ts_parser_parse_string", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
        TREE_DELETE = d.of("ts_tree_delete", FunctionDescriptor.ofVoid(ADDRESS));
        ROOT_NODE = d.of("ts_tree_root_node", FunctionDescriptor.of(NODE, ADDRESS));
        CURSOR_NEW = d.of("ts_tree_cursor_new", FunctionDescriptor.of(CURSOR, NODE));
        CURSOR_DELETE = d.of("ts_tree_cursor_delete", FunctionDescriptor.ofVoid(ADDRESS));
        CURSOR_NODE = d.of("ts_tree_cursor_current_node", FunctionDescriptor.of(NODE, ADDRESS));
        CURSOR_FIELD_ID = d.of("ts_tree_cursor_current_field_id", FunctionDescriptor.of(JAVA_SHORT, ADDRESS));
        FIRST_CHILD = d.of("ts_tree_cursor_goto_first_child", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
        NEXT_SIBLING = d.of("ts_tree_cursor_goto_next_sibling", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
        PARENT = d.of("ts_tree_cursor_goto_parent", FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS));
        SYMBOL = d.of("ts_node_symbol", FunctionDescriptor.of(JAVA_SHORT, NODE));
        START_BYTE = d.of("ts_node_start_byte", FunctionDescriptor.of(JAVA_INT, NODE));
        END_BYTE = d.of("ts_node_end_byte", FunctionDescriptor.of(JAVA_INT, NODE));
        IS_NAMED = d.of("ts_node_is_named", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
        IS_MISSING = d.of("ts_node_is_missing", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
        HAS_ERROR = d.of("ts_node_has_error", FunctionDescriptor.of(JAVA_BOOLEAN, NODE));
        SYMBOL_NAME = d.of("ts_language_symbol_name", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
        FIELD_NAME = d.of("ts_language_field_name_for_id", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_SHORT));
        MethodHandle bash = d.of("tree_sitter_bash", FunctionDescriptor.of(ADDRESS));
        MethodHandle python = d.of("tree_sitter_python", FunctionDescriptor.of(ADDRESS));
        MethodHandle javascript = d.of("tree_sitter_javascript", FunctionDescriptor.of(ADDRESS));
        try {
            LANGUAGES.put(Language.BASH, (MemorySegment) bash.invokeExact());
            LANGUAGES.put(Language.PYTHON, (MemorySegment) python.invokeExact());
            LANGUAGES.put(Language.JAVASCRIPT, (MemorySegment) javascript.invokeExact());
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private record Downcalls(SymbolLookup lib, Linker linker) {
        MethodHandle of(String symbol, FunctionDescriptor fd) {
            MemorySegment address = lib.find(symbol)
                    .orElseThrow(() -> new IllegalStateException("tree-sitter symbol " + symbol + " is missing"));
            return linker.downcallHandle(address, fd, Linker.Option.critical(false));
        }
    }

    /** A parsed tree and whether it was cut at {@link #MAX_DEPTH}. */
    record Parsed(SyntaxNode root, boolean tooDeep) {
    }

    private final Map<Language, ConcurrentLinkedQueue<MemorySegment>> idleParsers = new EnumMap<>(Language.class);
    private final Map<Language, Map<Short, String>> typeNames = new EnumMap<>(Language.class);
    private final Map<Language, Map<Short, String>> fieldNames = new EnumMap<>(Language.class);
    private final Map<Language, Map<Short, Boolean>> namedSymbols = new EnumMap<>(Language.class);

    SyntaxTrees() {
        for (Language l : Language.values()) {
            idleParsers.put(l, new ConcurrentLinkedQueue<>());
            typeNames.put(l, new ConcurrentHashMap<>());
            fieldNames.put(l, new ConcurrentHashMap<>());
            namedSymbols.put(l, new ConcurrentHashMap<>());
        }
    }

    Parsed parse(Language language, String code) {
        MemorySegment parser = takeParser(language);
        try (Arena arena = Arena.ofConfined()) {
            byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
            MemorySegment source = arena.allocate(utf8.length + 1L);
            source.copyFrom(MemorySegment.ofArray(utf8));
            MemorySegment tree = (MemorySegment) PARSE_STRING.invokeExact(parser, MemorySegment.NULL, source, utf8.length);
            try {
                return copy(language, tree, arena, code, utf8);
            } finally {
                TREE_DELETE.invokeExact(tree);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("tree-sitter failed", t);
        } finally {
            idleParsers.get(language).offer(parser);
        }
    }

    private MemorySegment takeParser(Language language) {
        MemorySegment idle = idleParsers.get(language).poll();
        if (idle != null) {
            return idle;
        }
        try {
            MemorySegment p = (MemorySegment) PARSER_NEW.invokeExact();
            if (!(boolean) SET_LANGUAGE.invokeExact(p, LANGUAGES.get(language))) {
                throw new IllegalStateException("the " + language.wireName() + " grammar does not fit this tree-sitter");
            }
            return p;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot create a tree-sitter parser", t);
        }
    }

    /** Walks the tree with one cursor, parents before children, building the Java copy as it goes. */
    private Parsed copy(Language language, MemorySegment tree, Arena arena, String code, byte[] utf8) throws Throwable {
        SegmentAllocator alloc = arena;
        MemorySegment root = (MemorySegment) ROOT_NODE.invokeExact(alloc, tree);
        boolean damaged = (boolean) HAS_ERROR.invokeExact(root);
        int[] charAt = charIndexByUtf8Byte(code, utf8);
        LineStarts lines = LineStarts.of(utf8);
        MemorySegment cursor = (MemorySegment) CURSOR_NEW.invokeExact(alloc, root);
        List<SyntaxNode> ancestors = new ArrayList<>();
        SyntaxNode top = null;
        boolean tooDeep = false;
        try {
            while (true) {
                SyntaxNode node = node(language, cursor, alloc, code, charAt, lines, damaged);
                if (top == null) {
                    top = node;
                } else {
                    ancestors.getLast().adopt(node);
                }
                if ((boolean) FIRST_CHILD.invokeExact(cursor)) {
                    if (ancestors.size() < MAX_DEPTH) {
                        ancestors.add(node);
                        continue;
                    }
                    tooDeep = true;
                    boolean back = (boolean) PARENT.invokeExact(cursor);
                }
                while (!(boolean) NEXT_SIBLING.invokeExact(cursor)) {
                    if (ancestors.isEmpty()) {
                        return new Parsed(top, tooDeep);
                    }
                    boolean up = (boolean) PARENT.invokeExact(cursor);
                    ancestors.removeLast();
                }
            }
        } finally {
            CURSOR_DELETE.invokeExact(cursor);
        }
    }

    private SyntaxNode node(Language language, MemorySegment cursor, SegmentAllocator alloc, String code, int[] charAt,
                            LineStarts lines, boolean damaged) throws Throwable {
        MemorySegment n = (MemorySegment) CURSOR_NODE.invokeExact(alloc, cursor);
        short symbol = (short) SYMBOL.invokeExact(n);
        int startByte = (int) START_BYTE.invokeExact(n);
        int endByte = (int) END_BYTE.invokeExact(n);
        boolean named = namedSymbol(language, symbol, n);
        short fieldId = (short) CURSOR_FIELD_ID.invokeExact(cursor);
        boolean broken = damaged && (symbol == ERROR_SYMBOL || (boolean) IS_MISSING.invokeExact(n));
        int start = charAt == null ? startByte : charAt[startByte];
        int end = charAt == null ? endByte : charAt[endByte];
        return new SyntaxNode(typeName(language, symbol), fieldName(language, fieldId), named, broken, start, end,
                lines.lineOf(startByte), code);
    }

    /** Whether a symbol is named depends on the symbol alone, so it is asked once per symbol. */
    private boolean namedSymbol(Language language, short symbol, MemorySegment n) throws Throwable {
        Boolean known = namedSymbols.get(language).get(symbol);
        if (known == null) {
            known = (boolean) IS_NAMED.invokeExact(n);
            namedSymbols.get(language).put(symbol, known);
        }
        return known;
    }

    /** 1-based line numbers from byte offsets, without a native call per node. */
    private record LineStarts(int[] starts) {
        static LineStarts of(byte[] utf8) {
            int count = 1;
            for (byte b : utf8) {
                count += b == '\n' ? 1 : 0;
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < utf8.length; i++) {
                if (utf8[i] == '\n') {
                    starts[line++] = i + 1;
                }
            }
            return new LineStarts(starts);
        }

        int lineOf(int byteOffset) {
            int i = java.util.Arrays.binarySearch(starts, byteOffset);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }

    private String typeName(Language language, short symbol) {
        if (symbol == ERROR_SYMBOL) {
            return "ERROR";
        }
        return typeNames.get(language).computeIfAbsent(symbol, s -> cString(SYMBOL_NAME, language, s));
    }

    private String fieldName(Language language, short fieldId) {
        return fieldId == 0 ? "" : fieldNames.get(language).computeIfAbsent(fieldId, f -> cString(FIELD_NAME, language, f));
    }

    private static String cString(MethodHandle lookup, Language language, short id) {
        try {
            MemorySegment s = (MemorySegment) lookup.invokeExact(LANGUAGES.get(language), id);
            return s.equals(MemorySegment.NULL) ? "" : s.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException("tree-sitter name lookup failed", t);
        }
    }

    /** tree-sitter reports UTF-8 byte offsets; null means the text is ASCII and bytes are chars. */
    private static int[] charIndexByUtf8Byte(String code, byte[] utf8) {
        if (utf8.length == code.length()) {
            return null;
        }
        int[] map = new int[utf8.length + 1];
        int b = 0;
        for (int i = 0; i < code.length(); i++) {
            int cp = code.codePointAt(i);
            // an unpaired surrogate is written as one '?' byte
            int width = Character.isSurrogate((char) cp) ? 1 : cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            for (int k = 0; k < width && b + k < utf8.length; k++) {
                map[b + k] = i;
            }
            b += width;
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        map[Math.min(b, utf8.length)] = code.length();
        return map;
    }
}
