package nl.wijkplaats.area;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CBS "Kerncijfers wijken en buurten" file in CBS's own layout, as {@code .xlsx} or {@code ;}-separated CSV,
 * for any gemeente. Tolerates what the real files do: "." for unknown, numbers stored as text, decimal commas,
 * differing column sets between years, a BOM. Refuses anything else with a message naming file, row and column.
 */
final class KwbFileReader {

    private static final int HEADER_SEARCH_ROWS = 10;

    private KwbFileReader() {
    }

    static KwbFile read(String fileName, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        List<List<String>> rows;
        try {
            buffered.mark(8);
            byte[] magic = buffered.readNBytes(4);
            buffered.reset();
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K';
            rows = zip ? readXlsx(fileName, buffered) : readCsv(fileName, buffered);
        } catch (IOException e) {
            throw new ImportException("Het bestand " + fileName + " kan niet worden gelezen: " + e.getMessage(), e);
        }
        return parse(fileName, rows);
    }

    private static List<List<String>> readCsv(String fileName, InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(in, decoder)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get();
            for (CSVRecord record : format.parse(reader)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (CharacterCodingException e) {
            throw new ImportException("Het bestand " + fileName + " is geen tekstbestand in UTF-8 en geen Excel-bestand (.xlsx).");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportException("Het bestand " + fileName + " is geen geldig CSV-bestand: " + e.getMessage());
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty()) {
            rows.get(0).set(0, stripBom(rows.get(0).get(0)));
        }
        return rows;
    }

    private static List<List<String>> readXlsx(String fileName, InputStream in) {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(cellText(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException("Het bestand " + fileName + " is geen leesbaar Excel-bestand (.xlsx).", e);
        }
        return rows;
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static KwbFile parse(String fileName, List<List<String>> rows) {
        if (rows.stream().allMatch(KwbFileReader::isBlank)) {
            throw new ImportException("Het bestand " + fileName + " is leeg.");
        }
        int headerIndex = -1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, rows.size()); i++) {
            List<String> lower = rows.get(i).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
            if (lower.contains("gwb_code_10") || lower.contains("gwb_code")) {
                headerIndex = i;
                break;
            }
        }
        if (headerIndex < 0) {
            throw new ImportException("Het bestand " + fileName + " is geen bestand met Kerncijfers wijken en buurten: "
                    + "in de eerste " + HEADER_SEARCH_ROWS + " rijen staat geen kopregel met de kolom 'gwb_code_10'.");
        }
        List<String> header = rows.get(headerIndex).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int headerRow = headerIndex + 1;
        int codeColumn = header.indexOf("gwb_code_10") >= 0 ? header.indexOf("gwb_code_10") : header.indexOf("gwb_code");
        int nameColumn = header.indexOf("regio");
        if (nameColumn < 0) {
            throw new ImportException("Het bestand " + fileName + ", rij " + headerRow
                    + ": de kolom 'regio' (de naam van het gebied) ontbreekt.");
        }
        Set<String> seenColumns = new HashSet<>();
        List<String> variables = new ArrayList<>();
        List<Integer> variableColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            if (column.isEmpty()) {
                continue;
            }
            if (!seenColumns.add(column)) {
                throw new ImportException("Het bestand " + fileName + ", rij " + headerRow + ": de kolom '" + column
                        + "' staat er twee keer in.");
            }
            if (!KwbVariables.DESCRIPTIVE_COLUMNS.contains(column)) {
                if (column.length() > 40 || !column.matches("[a-z0-9_]+")) {
                    throw new ImportException("Het bestand " + fileName + ", rij " + headerRow + ", kolom " + (c + 1)
                            + ": '" + column + "' is geen naam van een KWB-kolom.");
                }
                variables.add(column);
                variableColumns.add(c);
            }
        }

        List<KwbFile.Row> result = new ArrayList<>();
        Set<String> seenCodes = new HashSet<>();
        for (int i = headerIndex + 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (isBlank(cells)) {
                continue;
            }
            int rowNumber = i + 1;
            String code = cell(cells, codeColumn).trim().toUpperCase(Locale.ROOT);
            AreaLevel level = AreaLevel.ofCode(code);
            if (level == null) {
                throw new ImportException("Het bestand " + fileName + ", rij " + rowNumber + ", kolom '"
                        + header.get(codeColumn) + "': '" + code + "' is geen CBS-code (zoals GM0344, WK034401 of BU03440101).");
            }
            if (!seenCodes.add(code)) {
                throw new ImportException("Het bestand " + fileName + ", rij " + rowNumber + ": de code " + code
                        + " staat er al eerder in.");
            }
            String name = cell(cells, nameColumn).trim();
            if (name.isEmpty()) {
                throw new ImportException("Het bestand " + fileName + ", rij " + rowNumber
                        + ", kolom 'regio': de naam van " + code + " ontbreekt.");
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (int v = 0; v < variables.size(); v++) {
                String raw = cell(cells, variableColumns.get(v));
                try {
                    values.put(variables.get(v), parseNumber(raw));
                } catch (NumberFormatException e) {
                    throw new ImportException("Het bestand " + fileName + ", rij " + rowNumber + ", kolom '"
                            + variables.get(v) + "': '" + raw.trim() + "' is geen getal. Gebruik een punt (.) voor onbekend.");
                }
            }
            result.add(new KwbFile.Row(rowNumber, code, level, name, values));
        }
        if (result.isEmpty()) {
            throw new ImportException("Het bestand " + fileName + " bevat een kopregel maar geen gebieden.");
        }
        return new KwbFile(fileName, List.copyOf(variables), List.copyOf(result));
    }

    /**
     * "." and empty are unknown (null). Accepts "1.9", "1,9", "12.345,6" and "374238"; rejects anything else.
     */
    static BigDecimal parseNumber(String raw) {
        String s = raw == null ? "" : raw.trim().replace("\u00a0", "").replace(" ", "");
        if (s.isEmpty() || s.equals(".") || s.equals("-") || s.equals("x")) {
            return null;
        }
        if (s.contains(",")) {
            if (s.indexOf(',') != s.lastIndexOf(',')) {
                throw new NumberFormatException(raw);
            }
            s = s.replace(".", "").replace(',', '.');
        }
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
            throw new NumberFormatException(raw);
        }
        BigDecimal value = new BigDecimal(s);
        if (value.abs().compareTo(new BigDecimal("1e15")) > 0) {
            throw new NumberFormatException(raw);
        }
        return value.stripTrailingZeros();
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(s -> s == null || s.isBlank());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
