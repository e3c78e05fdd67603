/**
 * Areas of a gemeente (gemeente, wijk or dorp, buurt) keyed by CBS codes, the CBS Kerncijfers wijken en buurten per
 * area and year, the KWB and GeoJSON importers, and the public area pages and API. Other modules use
 * {@link nl.wijkplaats.area.AreaService} to read areas and figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gebieden")
package nl.wijkplaats.area;
