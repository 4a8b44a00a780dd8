package id.kim.report;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finds elements of the report's page (XHTML with inline SVG) the way the browser test does, by id, class and data-kim.
 */
public final class Page {
  /** The SVG namespace. */
  public static final String SVG = "http://www.w3.org/2000/svg";
  /** The XHTML namespace. */
  public static final String XHTML = "http://www.w3.org/1999/xhtml";
  private final Document doc;

  private Page(Document doc) {
    this.doc = doc;
  }

  /** @return the page, parsed */
  public static Page of(String html) {
    return new Page(SampleReport.parse(html));
  }

  /** @return the elements of that name under root (the whole page when root is null) */
  public List<Element> all(Element root, String ns, String name) {
    NodeList nodes = root == null ? doc.getElementsByTagNameNS(ns, name) : root.getElementsByTagNameNS(ns, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** @return the element with that id */
  public Element byId(String id) {
    return allElements(null).stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** @return every element under root carrying data-kim */
  public List<Element> withKim(Element root) {
    return allElements(root).stream().filter(e -> e.hasAttribute("data-kim")).toList();
  }

  /** @return every element under root */
  public List<Element> allElements(Element root) {
    NodeList nodes = root == null ? doc.getElementsByTagName("*") : root.getElementsByTagName("*");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** @return the svg of class "grid" */
  public Element grid() {
    return all(null, SVG, "svg").stream().filter(e -> e.getAttribute("class").equals("grid")).findFirst().orElseThrow();
  }

  /** @return the section of that id */
  public Element section(String id) {
    return all(null, XHTML, "section").stream().filter(s -> s.getAttribute("id").equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no section " + id));
  }

  /** @return the text a reader sees: every text node outside {@code <style>}, SVG tooltips included */
  public String visibleText() {
    StringBuilder s = new StringBuilder();
    text(doc.getDocumentElement(), s);
    return s.toString();
  }

  private static void text(Node node, StringBuilder s) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      s.append(node.getNodeValue()).append(' ');
      return;
    }
    if (node.getNodeType() == Node.ELEMENT_NODE && "style".equals(node.getLocalName())) {
      return;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      text(c, s);
    }
  }
}
