package io.parley.it.trigger;

import io.parley.application.kit.KitService;
import io.parley.domain.model.kit.KitId;
import io.parley.it.incontainer.AsHrAdmin;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Imports the kit in the request body and publishes it, as an hr-admin ({@code POST /test/kits}); answers the new
 * kit's id. For tests that need a kit with particular texts without driving the kit pages to build it.
 */
@WebServlet("/test/kits")
public class KitImportTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private KitService kits;

    @EJB
    private AsHrAdmin hrAdmin;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String json = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        KitId id = hrAdmin.call(() -> {
            KitId imported = kits.importJson(json);
            kits.publish(imported, kits.find(imported).orElseThrow().lockVersion());
            return imported;
        });
        response.setContentType("text/plain");
        response.getWriter().print(id.value());
    }
}
