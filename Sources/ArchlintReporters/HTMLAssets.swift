/// The HTML report's style sheet and script, inlined in every report (no request is made).
enum HTMLAssets {
    static let css = """
        :root{--error:#cf222e;--warning:#9a6700;--warning-bg:#d4a72c;--note:#0969da;--line:#d0d7de;--muted:#57606a}
        *{box-sizing:border-box}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;padding:0 1.5rem 2rem}
        header{border-bottom:1px solid var(--line);padding:1rem 0}
        h1{font-size:1.5rem;margin:0 0 .25rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        .summary{font-weight:600;margin:.25rem 0}
        dl.run,dl.counts{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.25rem 0}
        dl.run div,dl.counts div{display:flex;gap:.4rem}
        dt{color:var(--muted)}
        dd{margin:0}
        dl.counts dd{font-weight:700}
        .badge{display:inline-block;border-radius:1em;padding:0 .5em;font-size:.85em;color:#fff;background:var(--muted)}
        .badge.sev-error{background:var(--error)}
        .badge.sev-warning{background:var(--warning-bg);color:#000}
        .badge.sev-note{background:var(--note)}
        .swatch{display:inline-block;width:1em;height:1em;border:2px solid;vertical-align:middle;border-radius:3px}
        .swatch.danger{background:#ffebe9;border-color:#cf222e}
        .swatch.caution{background:#fff8c5;border-color:#9a6700}
        .swatch.safe{background:#dafbe1;border-color:#1a7f37}
        .legend,.note{color:var(--muted)}
        figure.diagram{margin:1rem 0;border:1px solid var(--line);border-radius:6px;padding:.5rem}
        figcaption{font-weight:600;margin-bottom:.5rem}
        .canvas{overflow:auto;max-height:85vh}
        .canvas svg{max-width:100%;height:auto}
        g.node{cursor:pointer}
        g.node:focus{outline:none}
        g.node:focus>polygon,g.node:focus>path,g.node.selected>polygon,g.node.selected>path,g.node:focus>ellipse,g.node.selected>ellipse{stroke:#0969da;stroke-width:4}
        #selection{border-left:4px solid var(--note);padding:.25rem .75rem;margin:.5rem 0}
        #selection:empty{display:none}
        .filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0}
        .filters label{display:flex;flex-direction:column;font-size:.9em;color:var(--muted)}
        select,button{font:inherit;padding:.2rem .4rem;max-width:22rem}
        button:focus-visible,select:focus-visible,a:focus-visible{outline:3px solid var(--note);outline-offset:2px}
        table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa;position:sticky;top:0}
        td.loc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;word-break:break-all}
        tr.details td{background:#f6f8fa}
        button.more{border:none;background:none;cursor:pointer;padding:0 .3rem;color:var(--note)}
        .rules dt{font-weight:600;color:#1f2328;margin-top:.75rem}
        .rules dd p{margin:.2rem 0}
        .js .nojs{display:none}
        @media print{
          body{padding:0;font-size:11px}
          .filters,#more,button.more,#selection{display:none}
          .canvas{overflow:visible;max-height:none}
          .canvas svg{max-width:100%}
          figure.diagram{break-inside:avoid}
          tr{break-inside:avoid}
          th{position:static}
          a{color:inherit;text-decoration:none}
        }
        """

    static let script = """
        (function(){
        "use strict";
        document.documentElement.className+=" js";
        var data=JSON.parse(document.getElementById("report-data").textContent);
        var rows=data.f, tbody=document.querySelector("#findings-table tbody");
        var more=document.getElementById("more"), shownText=document.getElementById("shown");
        var selection=document.getElementById("selection");
        var names=["severity","category","rule","file","node"], filter={};
        names.forEach(function(name){filter[name]=document.getElementById("filter-"+name);});
        var CHUNK=200, shown=[], rendered=0, inNode=null;
        function cell(tr,text,cls){var td=document.createElement("td");if(cls)td.className=cls;td.textContent=text;tr.appendChild(td);return td;}
        function row(i){
          var f=rows[i], tr=document.createElement("tr");
          tr.className="sev-"+f[0];
          var sev=document.createElement("span");sev.className="badge sev-"+f[0];sev.textContent=f[0];
          cell(tr,"").appendChild(sev);
          var link=document.createElement("a");link.href="#rule-"+f[1];link.textContent=f[1];
          cell(tr,"").appendChild(link);
          cell(tr,f[8]);
          cell(tr,data.files[f[2]]+":"+f[3]+":"+f[4],"loc");
          cell(tr,f[5]);
          var message=cell(tr,f[6]);
          if(data.rules[f[1]]){
            var button=document.createElement("button");
            button.type="button";button.className="more";button.textContent="details";
            button.setAttribute("aria-expanded","false");
            button.setAttribute("aria-label","Rationale and remediation of "+f[1]);
            button.addEventListener("click",function(){toggle(tr,f[1],button);});
            message.appendChild(document.createTextNode(" "));message.appendChild(button);
          }
          cell(tr,f[7]);
          return tr;
        }
        function toggle(tr,rule,button){
          var next=tr.nextSibling;
          if(next&&next.className==="details"){next.parentNode.removeChild(next);button.setAttribute("aria-expanded","false");return;}
          var text=data.rules[rule], details=document.createElement("tr"), td=document.createElement("td");
          details.className="details";td.colSpan=7;
          var title=document.createElement("strong");title.textContent=rule+" "+text[0];td.appendChild(title);
          [["Why: ",text[1]],["Remediation: ",text[2]]].forEach(function(part){
            var p=document.createElement("p"), b=document.createElement("strong");b.textContent=part[0];
            p.appendChild(b);p.appendChild(document.createTextNode(part[1]));td.appendChild(p);});
          details.appendChild(td);tr.parentNode.insertBefore(details,tr.nextSibling);
          button.setAttribute("aria-expanded","true");
        }
        function matches(i){
          var f=rows[i];
          if(filter.severity.value&&f[0]!==filter.severity.value)return false;
          if(filter.category.value&&f[8]!==filter.category.value)return false;
          if(filter.rule.value&&f[1]!==filter.rule.value)return false;
          if(filter.file.value&&data.files[f[2]]!==filter.file.value)return false;
          if(inNode&&!inNode[i])return false;
          return true;
        }
        function renderMore(){
          var end=Math.min(shown.length,rendered+CHUNK), fragment=document.createDocumentFragment();
          for(var k=rendered;k<end;k++)fragment.appendChild(row(shown[k]));
          tbody.appendChild(fragment);rendered=end;
          more.hidden=rendered>=shown.length;
        }
        function apply(){
          inNode=null;
          var node=filter.node.value&&data.nodes[filter.node.value];
          if(node){inNode={};node[1].forEach(function(i){inNode[i]=true;});}
          shown=[];
          for(var i=0;i<rows.length;i++)if(matches(i))shown.push(i);
          tbody.textContent="";rendered=0;renderMore();
          shownText.textContent=(shown.length===rows.length?"":"Showing "+shown.length+" of ")+rows.length+" finding"+(rows.length===1?"":"s");
        }
        more.addEventListener("click",renderMore);
        if("IntersectionObserver" in window){
          new IntersectionObserver(function(entries){if(entries[0].isIntersecting&&!more.hidden)renderMore();}).observe(more);
        }
        names.forEach(function(name){filter[name].addEventListener("change",function(){if(name==="node")select(filter.node.value,false);else apply();});});
        document.getElementById("filters").addEventListener("reset",function(){setTimeout(function(){select("",false);},0);});
        var graphNodes=document.querySelectorAll("svg g.node");
        function select(id,fromDiagram){
          Array.prototype.forEach.call(graphNodes,function(g){g.classList.toggle("selected",g.id===id);g.setAttribute("aria-pressed",g.id===id?"true":"false");});
          filter.node.value=data.nodes[id]&&data.nodes[id][1].length>=0&&filter.node.querySelector("option[value='"+id+"']")?id:"";
          apply();
          selection.textContent="";
          var node=data.nodes[id];
          if(!node)return;
          var heading=document.createElement("h3");
          heading.textContent=node[0]+": "+node[1].length+" finding"+(node[1].length===1?"":"s");
          selection.appendChild(heading);
          var list=document.createElement("ul");
          node[1].slice(0,50).forEach(function(i){
            var f=rows[i], li=document.createElement("li"), sev=document.createElement("span");
            sev.className="badge sev-"+f[0];sev.textContent=f[0];li.appendChild(sev);
            li.appendChild(document.createTextNode(" "+f[1]+" "+f[6]+" ("+data.files[f[2]]+":"+f[3]+")"));
            list.appendChild(li);});
          selection.appendChild(list);
          if(node[1].length>50){var p=document.createElement("p");p.textContent="The table below lists all of them.";selection.appendChild(p);}
        }
        Array.prototype.forEach.call(graphNodes,function(g){
          var node=data.nodes[g.id];
          if(!node)return;
          g.setAttribute("tabindex","0");g.setAttribute("role","button");
          g.setAttribute("aria-label",node[0]+", "+node[1].length+" finding"+(node[1].length===1?"":"s"));
          var title=g.querySelector("title");if(title)title.textContent=node[0];
          g.addEventListener("click",function(){select(g.id,true);});
          g.addEventListener("keydown",function(event){if(event.key==="Enter"||event.key===" "){event.preventDefault();select(g.id,true);}});
        });
        apply();
        })();
        """
}
